package lv.mfa.registry.dataset.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The one way a spreadsheet's date is read, from CSV text and from XLSX cells alike (a
 * date cell is first written as ISO text), so that another date format is a change here
 * only.
 */
final class SheetDates {

	private SheetDates() {
	}

	/** An ISO date ({@code 2018-09-27}), or empty for anything else. */
	static Optional<LocalDate> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text.strip()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
