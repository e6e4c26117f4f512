package lv.mfa.registry.dataset.admin;

import java.util.Optional;

import lv.mfa.registry.shared.text.ApproximateDate;
import lv.mfa.registry.shared.text.InvalidApproximateDateException;

/**
 * The one way a spreadsheet's date is read, from CSV text and from XLSX cells alike (a
 * date cell is first written as ISO text): as precisely as the ministry wrote it, through
 * {@link ApproximateDate#parse}, so a sheet takes "2019", "2019-10", "3.–5.10.2007" or an
 * empty cell (ongoing) like the forms do.
 */
final class SheetDates {

	private SheetDates() {
	}

	/** The date as given, or empty when the text is not a date. */
	static Optional<ApproximateDate> parse(String text) {
		try {
			return Optional.of(ApproximateDate.parse((text != null) ? text.strip() : ""));
		}
		catch (InvalidApproximateDateException ex) {
			return Optional.empty();
		}
	}

}
