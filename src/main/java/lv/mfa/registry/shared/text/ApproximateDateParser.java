package lv.mfa.registry.shared.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what staff type and the data files hold into an {@link ApproximateDate}: kept
 * apart from the value so the value's wording stays readable.
 */
final class ApproximateDateParser {

	/** The seasons by the month they begin in; winter runs into the next year. */
	static final String[][] SEASONS = { { "spring", "pavasaris", "pavasarī", "3" },
			{ "summer", "vasara", "vasarā", "6" }, { "autumn", "rudens", "rudenī", "9" },
			{ "winter", "ziema", "ziemā", "12" } };

	/** Between the two ends of a span: "..", "/", a dash, or " - ". */
	private static final String TO = "\\s*(?:\\.\\.|/|–|—|\\s-\\s)\\s*";

	private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private static final Pattern ISO_RANGE = Pattern
		.compile("(\\d{4}-\\d{1,2}-\\d{1,2})" + TO + "(\\d{4}-\\d{1,2}-\\d{1,2})");

	private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

	/** "2019-07..2020-06". */
	private static final Pattern ISO_MONTHS = Pattern.compile("(\\d{4})-(\\d{1,2})" + TO + "(\\d{4})-(\\d{1,2})");

	private static final Pattern YEAR = Pattern.compile("(\\d{4})\\.?(?:\\s*(?:gadā|g\\.))?");

	/**
	 * "2019..2022", "2019–2022", "2019.–2022. gadā", "2019. – 2022.gadam",
	 * "2019.-2020.g.".
	 */
	private static final Pattern YEARS = Pattern
		.compile("(\\d{4})\\.?\\s*(?:\\.\\.|-|–|—)\\s*(\\d{4})\\.?(?:\\s*(?:gadā|gadam|gads|g\\.))?");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})[-\\s]?[qQ]([1-4])|[qQ]([1-4])[-\\s]?(\\d{4})");

	private static final Pattern SEASON = Pattern.compile("(\\d{4})[-\\s]+(\\p{L}+)|(\\p{L}+)[-\\s]+(\\d{4})");

	/** "05.02.2008", "5.2.2008." */
	private static final Pattern LV_DAY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\.?");

	/** "3.–5.10.2007", "31.01.-01.02.2019", "28.12.2018.-02.01.2019" */
	private static final Pattern LV_RANGE = Pattern
		.compile("(\\d{1,2})\\.(?:(\\d{1,2})\\.(?:(\\d{4})\\.?)?)?\\s*[-–—]\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\.?");

	/** "01.2008", "1.2008." */
	private static final Pattern LV_MONTH = Pattern.compile("(\\d{1,2})\\.(\\d{4})\\.?");

	/** "07.2019–06.2020", "07.2019.-06.2020." */
	private static final Pattern LV_MONTHS = Pattern
		.compile("(\\d{1,2})\\.(\\d{4})\\.?\\s*[-–—]\\s*(\\d{1,2})\\.(\\d{4})\\.?");

	/**
	 * As the reports write it, so a table pasted from one reads back: "2008. gada
	 * janvārī", "2019. gada rudenī", "2019. gada 1. ceturksnī".
	 */
	private static final Pattern LV_WORDS = Pattern
		.compile("(\\d{4})\\.?\\s*gada\\s+(?:([1-4])\\. ceturksn(?:ī|is)|(\\p{L}+))", Pattern.CASE_INSENSITIVE);

	private ApproximateDateParser() {
	}

	/**
	 * @param typed stripped, spaces collapsed, not empty
	 * @throws InvalidApproximateDateException when it is none of the forms
	 * @throws java.time.DateTimeException when it names no real day or month
	 */
	static ApproximateDate parse(String typed) {
		Matcher m;
		if ((m = ISO_RANGE.matcher(typed)).matches()) {
			return ApproximateDate.days(isoDay(m.group(1)), isoDay(m.group(2)));
		}
		if ((m = ISO_DAY.matcher(typed)).matches()) {
			return ApproximateDate.day(isoDay(typed));
		}
		if ((m = ISO_MONTH.matcher(typed)).matches()) {
			return ApproximateDate.month(number(m.group(1)), number(m.group(2)));
		}
		if ((m = ISO_MONTHS.matcher(typed)).matches()) {
			return months(typed, number(m.group(1)), number(m.group(2)), number(m.group(3)), number(m.group(4)));
		}
		if ((m = QUARTER.matcher(typed)).matches()) {
			return (m.group(1) != null) ? ApproximateDate.quarter(number(m.group(1)), number(m.group(2)))
					: ApproximateDate.quarter(number(m.group(4)), number(m.group(3)));
		}
		if ((m = LV_RANGE.matcher(typed)).matches()) {
			int endYear = number(m.group(6));
			int endMonth = number(m.group(5));
			LocalDate end = LocalDate.of(endYear, endMonth, number(m.group(4)));
			int startMonth = (m.group(2) != null) ? number(m.group(2)) : endMonth;
			int startYear = (m.group(3) != null) ? number(m.group(3)) : endYear;
			return ApproximateDate.days(LocalDate.of(startYear, startMonth, number(m.group(1))), end);
		}
		if ((m = LV_DAY.matcher(typed)).matches()) {
			return ApproximateDate.day(LocalDate.of(number(m.group(3)), number(m.group(2)), number(m.group(1))));
		}
		if ((m = LV_MONTH.matcher(typed)).matches()) {
			return ApproximateDate.month(number(m.group(2)), number(m.group(1)));
		}
		if ((m = LV_MONTHS.matcher(typed)).matches()) {
			return months(typed, number(m.group(2)), number(m.group(1)), number(m.group(4)), number(m.group(3)));
		}
		if ((m = YEAR.matcher(typed)).matches()) {
			return ApproximateDate.year(number(m.group(1)));
		}
		if ((m = YEARS.matcher(typed)).matches()) {
			int first = number(m.group(1));
			int last = number(m.group(2));
			if (last < first) {
				throw new InvalidApproximateDateException("date.approximate.reversed", typed);
			}
			return ApproximateDate.years(first, last);
		}
		if ((m = LV_WORDS.matcher(typed)).matches()) {
			ApproximateDate date = inWords(number(m.group(1)), m.group(2), m.group(3));
			if (date != null) {
				return date;
			}
		}
		if ((m = SEASON.matcher(typed)).matches()) {
			String name = ((m.group(2) != null) ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
			int year = number((m.group(1) != null) ? m.group(1) : m.group(4));
			for (String[] season : SEASONS) {
				if (name.equals(season[0]) || name.equals(season[1]) || name.equals(season[2])) {
					return ApproximateDate.season(year, number(season[3]));
				}
			}
		}
		throw new InvalidApproximateDateException("date.approximate.invalid", typed);
	}

	/** A quarter, or a month or season named in any of its Latvian cases; else null. */
	private static ApproximateDate inWords(int year, String quarter, String name) {
		if (quarter != null) {
			return ApproximateDate.quarter(year, number(quarter));
		}
		String word = name.toLowerCase(Locale.ROOT);
		for (int month = 1; month <= 12; month++) {
			for (DateTexts.Case grammaticalCase : DateTexts.Case.values()) {
				if (word.equals(DateTexts.latvianMonth(month, grammaticalCase))) {
					return ApproximateDate.month(year, month);
				}
			}
		}
		for (String[] season : SEASONS) {
			if (word.equals(season[1]) || word.equals(season[2])) {
				return ApproximateDate.season(year, number(season[3]));
			}
		}
		return null;
	}

	private static ApproximateDate months(String typed, int firstYear, int firstMonth, int lastYear, int lastMonth) {
		YearMonth first = YearMonth.of(firstYear, firstMonth);
		YearMonth last = YearMonth.of(lastYear, lastMonth);
		if (last.isBefore(first)) {
			throw new InvalidApproximateDateException("date.approximate.reversed", typed);
		}
		return ApproximateDate.months(first, last);
	}

	private static LocalDate isoDay(String text) {
		Matcher m = ISO_DAY.matcher(text);
		if (!m.matches()) {
			throw new InvalidApproximateDateException("date.approximate.invalid", text);
		}
		return LocalDate.of(number(m.group(1)), number(m.group(2)), number(m.group(3)));
	}

	private static int number(String digits) {
		return Integer.parseInt(digits);
	}

}
