package lv.mfa.registry.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

/**
 * What a report is asked for: the date range, as ISO dates typed into the page or the
 * address. Both are optional; the report language is the page's ({@code ?lang=}).
 *
 * @param from the first day of the range, or blank for the presidency's first day
 * @param to the last day of the range, or blank for the presidency's last day
 * @param asOf for the half-year progress report: the day up to which entries count as
 * done (after it, up to the range's end, they are planned); blank for none
 */
record ReportForm(String from, String to, String asOf) {

	private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	static ReportForm whole() {
		return new ReportForm(null, null, null);
	}

	/**
	 * The range asked for, checked: a malformed date or a range that ends before it
	 * begins is rejected on its field. Without any date the whole presidency is reported,
	 * including records dated outside its period (the checks point at those).
	 */
	ReportRange range(LocalDate periodStart, LocalDate periodEnd, Errors errors) {
		LocalDate start = parse("from", this.from, errors);
		LocalDate end = parse("to", this.to, errors);
		LocalDate split = parse("asOf", this.asOf, errors);
		if (errors.hasErrors()) {
			return null;
		}
		LocalDate first = (start != null) ? start : periodStart;
		LocalDate last = (end != null) ? end : periodEnd;
		if (last.isBefore(first)) {
			errors.rejectValue((end != null) ? "to" : "from", "report.range.end-before-start");
			return null;
		}
		if (split != null && (split.isBefore(first) || !split.isBefore(last))) {
			errors.rejectValue("asOf", "report.range.as-of-outside", new Object[] { split }, null);
			return null;
		}
		ReportRange range = (start == null && end == null) ? ReportRange.whole(periodStart, periodEnd)
				: ReportRange.of(first, last);
		return (split != null) ? range.splitAt(split) : range;
	}

	private static LocalDate parse(String field, String value, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			// Four-digit years only: ISO also reads "-999999999-01-01", which no database
			// date can hold.
			if (!ISO_DAY.matcher(value.strip()).matches()) {
				throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
			}
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "report.range.invalid-date", new Object[] { value.strip() }, null);
			return null;
		}
	}

}
