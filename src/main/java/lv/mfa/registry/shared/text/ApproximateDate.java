package lv.mfa.registry.shared.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precisely as the source gives it: a day, a range of days, a month, a season,
 * a quarter, a year, or none (ongoing work). It is stored as the span it covers ("2019"
 * is 2019-01-01..2019-12-31) plus its precision, so every query and sort on the span
 * keeps working while every output can still say it as it was given.
 *
 * @param start the first day the wording covers; null only when undated
 * @param end the last day the wording covers; null only when undated
 * @param precision how the date was given
 */
public record ApproximateDate(LocalDate start, LocalDate end, Precision precision) {

	/** How precisely a date is given; stored as text with a CHECK constraint. */
	public enum Precision {

		DAY, DAYS, MONTH, SEASON, QUARTER, YEAR, UNDATED

	}

	/** The seasons by the month they begin in; winter runs into the next year. */
	private static final String[][] SEASONS = { { "spring", "pavasaris", "pavasarī", "3" },
			{ "summer", "vasara", "vasarā", "6" }, { "autumn", "rudens", "rudenī", "9" },
			{ "winter", "ziema", "ziemā", "12" } };

	private static final String[] ENGLISH_ORDINALS = { "first", "second", "third", "fourth" };

	public static final ApproximateDate UNDATED = new ApproximateDate(null, null, Precision.UNDATED);

	private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private static final Pattern ISO_RANGE = Pattern
		.compile("(\\d{4}-\\d{1,2}-\\d{1,2})\\s*(?:\\.\\.|/|–|—|\\s-\\s)\\s*(\\d{4}-\\d{1,2}-\\d{1,2})");

	private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

	private static final Pattern YEAR = Pattern.compile("(\\d{4})\\.?(?:\\s*(?:gadā|g\\.))?");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})[-\\s]?[qQ]([1-4])|[qQ]([1-4])[-\\s]?(\\d{4})");

	private static final Pattern SEASON = Pattern.compile("(\\d{4})[-\\s]+(\\p{L}+)|(\\p{L}+)[-\\s]+(\\d{4})");

	/** "05.02.2008", "5.2.2008." */
	private static final Pattern LV_DAY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\.?");

	/** "3.–5.10.2007", "31.01.-01.02.2019", "28.12.2018.-02.01.2019" */
	private static final Pattern LV_RANGE = Pattern
		.compile("(\\d{1,2})\\.(?:(\\d{1,2})\\.(?:(\\d{4})\\.?)?)?\\s*[-–—]\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\.?");

	/** "01.2008", "1.2008." */
	private static final Pattern LV_MONTH = Pattern.compile("(\\d{1,2})\\.(\\d{4})\\.?");

	/**
	 * As the reports write it, so a table pasted from one reads back: "2008. gada
	 * janvārī", "2019. gada rudenī", "2019. gada 1. ceturksnī".
	 */
	private static final Pattern LV_WORDS = Pattern
		.compile("(\\d{4})\\.?\\s*gada\\s+(?:([1-4])\\. ceturksn(?:ī|is)|(\\p{L}+))", Pattern.CASE_INSENSITIVE);

	public ApproximateDate {
		if (precision == null) {
			throw new IllegalArgumentException("precision is required");
		}
		if ((precision == Precision.UNDATED) != (start == null) || (start == null) != (end == null)) {
			throw new IllegalArgumentException("only an undated date has no span: " + start + ".." + end);
		}
		if (start != null && end.isBefore(start)) {
			throw new IllegalArgumentException("span ends before it starts: " + start + ".." + end);
		}
	}

	/** One exact day. */
	public static ApproximateDate day(LocalDate day) {
		return new ApproximateDate(day, day, Precision.DAY);
	}

	/** A range of days (one day when both ends are the same). */
	public static ApproximateDate days(LocalDate start, LocalDate end) {
		if (end.isBefore(start)) {
			throw new InvalidApproximateDateException("date.approximate.reversed", start + ".." + end);
		}
		return new ApproximateDate(start, end, start.equals(end) ? Precision.DAY : Precision.DAYS);
	}

	public static ApproximateDate month(int year, int month) {
		YearMonth yearMonth = YearMonth.of(year, month);
		return new ApproximateDate(yearMonth.atDay(1), yearMonth.atEndOfMonth(), Precision.MONTH);
	}

	public static ApproximateDate year(int year) {
		return new ApproximateDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
	}

	public static ApproximateDate quarter(int year, int quarter) {
		YearMonth first = YearMonth.of(year, quarter * 3 - 2);
		return new ApproximateDate(first.atDay(1), first.plusMonths(2).atEndOfMonth(), Precision.QUARTER);
	}

	/**
	 * A season of a year: spring March–May, summer June–August, autumn
	 * September–November, winter December and the next year's January and February.
	 */
	public static ApproximateDate season(int year, int firstMonth) {
		YearMonth first = YearMonth.of(year, firstMonth);
		return new ApproximateDate(first.atDay(1), first.plusMonths(2).atEndOfMonth(), Precision.SEASON);
	}

	/**
	 * The month, season, quarter or year a day falls in (for DAY or DAYS: that day).
	 * Undated has no span, so it is refused.
	 */
	public static ApproximateDate covering(LocalDate day, Precision precision) {
		return switch (precision) {
			case DAY, DAYS -> day(day);
			case MONTH -> month(day.getYear(), day.getMonthValue());
			case QUARTER -> quarter(day.getYear(), quarterOf(day));
			case SEASON -> {
				// January and February belong to the winter that began the December
				// before.
				int first = Integer.parseInt(seasonOf(day)[3]);
				yield season((day.getMonthValue() < 3) ? day.getYear() - 1 : day.getYear(), first);
			}
			case YEAR -> year(day.getYear());
			case UNDATED -> throw new IllegalArgumentException("undated covers no day");
		};
	}

	/**
	 * Rebuilds a stored value; a span and precision that disagree (a MONTH that is not a
	 * whole month) are kept as stored.
	 */
	public static ApproximateDate of(LocalDate start, LocalDate end, Precision precision) {
		if (precision == null || precision == Precision.UNDATED || start == null) {
			return UNDATED;
		}
		return new ApproximateDate(start, (end != null) ? end : start, precision);
	}

	/**
	 * Reads a date as staff and data files write it: ISO ({@code 2019-10-03},
	 * {@code 2019-10-03..2019-10-05} or with {@code /}, {@code 2019-10}, {@code 2019},
	 * {@code 2019-Q1}, {@code 2019-autumn}), the Latvian numeric forms
	 * ({@code 05.02.2008}, {@code 3.–5.10.2007}, {@code 01.2008}, {@code 2019. gadā}), or
	 * nothing for undated.
	 * @throws InvalidApproximateDateException with a message key when it cannot
	 */
	public static ApproximateDate parse(String text) {
		String typed = (text != null) ? text.strip().replaceAll("\\s+", " ") : "";
		if (typed.isEmpty()) {
			return UNDATED;
		}
		try {
			return parseTyped(typed);
		}
		catch (DateTimeException ex) {
			throw new InvalidApproximateDateException("date.approximate.no-such-day", typed);
		}
	}

	private static ApproximateDate parseTyped(String typed) {
		Matcher m;
		if ((m = ISO_RANGE.matcher(typed)).matches()) {
			return days(isoDay(m.group(1)), isoDay(m.group(2)));
		}
		if ((m = ISO_DAY.matcher(typed)).matches()) {
			return day(isoDay(typed));
		}
		if ((m = ISO_MONTH.matcher(typed)).matches()) {
			return month(number(m.group(1)), number(m.group(2)));
		}
		if ((m = QUARTER.matcher(typed)).matches()) {
			return (m.group(1) != null) ? quarter(number(m.group(1)), number(m.group(2)))
					: quarter(number(m.group(4)), number(m.group(3)));
		}
		if ((m = LV_RANGE.matcher(typed)).matches()) {
			int endYear = number(m.group(6));
			int endMonth = number(m.group(5));
			LocalDate end = LocalDate.of(endYear, endMonth, number(m.group(4)));
			int startMonth = (m.group(2) != null) ? number(m.group(2)) : endMonth;
			int startYear = (m.group(3) != null) ? number(m.group(3)) : endYear;
			return days(LocalDate.of(startYear, startMonth, number(m.group(1))), end);
		}
		if ((m = LV_DAY.matcher(typed)).matches()) {
			return day(LocalDate.of(number(m.group(3)), number(m.group(2)), number(m.group(1))));
		}
		if ((m = LV_MONTH.matcher(typed)).matches()) {
			return month(number(m.group(2)), number(m.group(1)));
		}
		if ((m = YEAR.matcher(typed)).matches()) {
			return year(number(m.group(1)));
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
					return season(year, number(season[3]));
				}
			}
		}
		throw new InvalidApproximateDateException("date.approximate.invalid", typed);
	}

	/** A quarter, or a month or season named in any of its Latvian cases; else null. */
	private static ApproximateDate inWords(int year, String quarter, String name) {
		if (quarter != null) {
			return quarter(year, number(quarter));
		}
		String word = name.toLowerCase(Locale.ROOT);
		for (int month = 1; month <= 12; month++) {
			for (DateTexts.Case grammaticalCase : DateTexts.Case.values()) {
				if (word.equals(DateTexts.latvianMonth(month, grammaticalCase))) {
					return month(year, month);
				}
			}
		}
		for (String[] season : SEASONS) {
			if (word.equals(season[1]) || word.equals(season[2])) {
				return season(year, number(season[3]));
			}
		}
		return null;
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

	public boolean isUndated() {
		return this.precision == Precision.UNDATED;
	}

	/**
	 * The form {@link #parse} reads back, for a form field and the data files:
	 * "2019-10-03", "2019-10-03..2019-10-05", "2019-10", "2019-Q1", "2019-autumn",
	 * "2019", "" for undated.
	 */
	public String iso() {
		return switch (this.precision) {
			case DAY -> this.start.toString();
			case DAYS -> this.start + ".." + this.end;
			case MONTH -> YearMonth.from(this.start).toString();
			case QUARTER -> this.start.getYear() + "-Q" + quarterOf(this.start);
			case SEASON -> this.start.getYear() + "-" + seasonOf(this.start)[0];
			case YEAR -> String.valueOf(this.start.getYear());
			case UNDATED -> "";
		};
	}

	/**
	 * In a sentence, as the reports write it: "2008. gada janvārī" / "in January 2008",
	 * "2019. gadā" / "in 2019", "2007. gada 3.-5. oktobrī" / "3–5 October 2007", "2019.
	 * gada rudenī" / "in autumn 2019", "2019. gada 1. ceturksnī" / "in the first quarter
	 * of 2019", "pastāvīgi" / "ongoing". A day keeps the registry's day form in the
	 * locative ({@link DateTexts#when}).
	 */
	public String format(Locale locale) {
		boolean english = isEnglish(locale);
		return switch (this.precision) {
			case DAY, DAYS -> DateTexts.whenOf(this.start, this.end, locale);
			case MONTH -> english ? "in " + DateTexts.englishMonth(this.start.getMonthValue()) + " " + year()
					: year() + ". gada " + DateTexts.latvianMonth(this.start.getMonthValue(), DateTexts.Case.LOCATIVE);
			case SEASON ->
				english ? "in " + seasonOf(this.start)[0] + " " + year() : year() + ". gada " + seasonOf(this.start)[2];
			case QUARTER -> english ? "in the " + ENGLISH_ORDINALS[quarterOf(this.start) - 1] + " quarter of " + year()
					: year() + ". gada " + quarterOf(this.start) + ". ceturksnī";
			case YEAR -> english ? "in " + year() : year() + ". gadā";
			case UNDATED -> english ? "ongoing" : "pastāvīgi";
		};
	}

	/**
	 * Short, for lists and tables: a day or days as {@link DateTexts#listing}, otherwise
	 * "01.2019" / "Jan 2019", "2019. g. 1. cet." / "Q1 2019", "2019. g. rudens" / "autumn
	 * 2019", "2019", "pastāvīgi" / "ongoing".
	 */
	public String listing(Locale locale) {
		boolean english = isEnglish(locale);
		return switch (this.precision) {
			case DAY, DAYS -> DateTexts.listingOf(this.start, this.end, locale);
			case MONTH -> english ? DateTexts.englishMonth(this.start.getMonthValue()).substring(0, 3) + " " + year()
					: String.format("%02d.%d", this.start.getMonthValue(), year());
			case SEASON ->
				english ? seasonOf(this.start)[0] + " " + year() : year() + ". g. " + seasonOf(this.start)[1];
			case QUARTER -> english ? "Q" + quarterOf(this.start) + " " + year()
					: year() + ". g. " + quarterOf(this.start) + ". cet.";
			case YEAR -> String.valueOf(year());
			case UNDATED -> english ? "ongoing" : "pastāvīgi";
		};
	}

	/**
	 * As the report's tables lead an entry: a day or days in the report's numeric form,
	 * the same in both languages ("27.09.2018", "03.-05.10.2007"), coarser dates as in a
	 * sentence, capitalised ("2019. gadā", "In 2019", "Pastāvīgi", "Ongoing").
	 */
	public String compact(Locale locale) {
		if (this.precision == Precision.DAY || this.precision == Precision.DAYS) {
			return DateTexts.compactOf(this.start, this.end);
		}
		String text = format(locale);
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/**
	 * The HTML {@code datetime} value, where HTML has one for the precision (a day, the
	 * first of several days, a month, a year); null otherwise.
	 */
	public String htmlDatetime() {
		return switch (this.precision) {
			case DAY, DAYS -> this.start.toString();
			case MONTH -> YearMonth.from(this.start).toString();
			case YEAR -> String.valueOf(this.start.getYear());
			case SEASON, QUARTER, UNDATED -> null;
		};
	}

	private int year() {
		return this.start.getYear();
	}

	private static int quarterOf(LocalDate date) {
		return (date.getMonthValue() - 1) / 3 + 1;
	}

	private static String[] seasonOf(LocalDate date) {
		int month = date.getMonthValue();
		for (String[] season : SEASONS) {
			if (Integer.parseInt(season[3]) == month) {
				return season;
			}
		}
		// A stored span that starts mid-season: the season it starts in.
		return SEASONS[((month + 9) % 12) / 3];
	}

	private static boolean isEnglish(Locale locale) {
		return LocalizedText.ENGLISH.equals(LocalizedText.language(locale));
	}

}
