package lv.mfa.registry.shared.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * A date as precisely as the source gives it: a day, a range of days, a month or several
 * (a named period such as the next presidency), a season, a quarter, a year or several,
 * or none (ongoing work). It is stored as the span it covers ("2019" is
 * 2019-01-01..2019-12-31) plus its precision, so every query and sort on the span keeps
 * working while every output can still say it as it was given.
 *
 * @param start the first day the wording covers; null only when undated
 * @param end the last day the wording covers; null only when undated
 * @param precision how the date was given
 */
public record ApproximateDate(LocalDate start, LocalDate end, Precision precision) {

	/** How precisely a date is given; stored as text with a CHECK constraint. */
	public enum Precision {

		DAY, DAYS, MONTH, SEASON, QUARTER, YEAR, UNDATED,

		/**
		 * A span of whole months, for a named period such as a presidency ("Dānijas
		 * prezidentūras laikā": July 2019 to June 2020).
		 */
		MONTHS,

		/** A span of whole years ("2019.–2022. gadā"). */
		YEARS;

		/**
		 * Known only by its year or years: such a date belongs to no one month of its
		 * span, so the timeline counts it under its year rather than in each of twelve
		 * months.
		 */
		public boolean isYearLong() {
			return this == YEAR || this == YEARS;
		}

	}

	private static final String[][] SEASONS = ApproximateDateParser.SEASONS;

	private static final String[] ENGLISH_ORDINALS = { "first", "second", "third", "fourth" };

	public static final ApproximateDate UNDATED = new ApproximateDate(null, null, Precision.UNDATED);

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

	/** Whole years from the first to the last (one year when they are the same). */
	public static ApproximateDate years(int first, int last) {
		return new ApproximateDate(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31),
				(first == last) ? Precision.YEAR : Precision.YEARS);
	}

	/** Whole months from the first to the last (one month when they are the same). */
	public static ApproximateDate months(YearMonth first, YearMonth last) {
		return new ApproximateDate(first.atDay(1), last.atEndOfMonth(),
				first.equals(last) ? Precision.MONTH : Precision.MONTHS);
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
			case MONTH, MONTHS -> month(day.getYear(), day.getMonthValue());
			case QUARTER -> quarter(day.getYear(), quarterOf(day));
			case SEASON -> {
				// January and February belong to the winter that began the December
				// before.
				int first = Integer.parseInt(seasonOf(day)[3]);
				yield season((day.getMonthValue() < 3) ? day.getYear() - 1 : day.getYear(), first);
			}
			case YEAR, YEARS -> year(day.getYear());
			case UNDATED -> throw new IllegalArgumentException("undated covers no day");
		};
	}

	/**
	 * The span from the month (or year) of {@code start} to that of {@code end} for the
	 * precisions that span several (MONTHS, YEARS); otherwise what {@code start} falls in
	 * ({@link #covering}), as for an event given by any day of its month.
	 */
	public static ApproximateDate spanning(LocalDate start, LocalDate end, Precision precision) {
		LocalDate last = (end != null && !end.isBefore(start)) ? end : start;
		return switch (precision) {
			case MONTHS -> months(YearMonth.from(start), YearMonth.from(last));
			case YEARS -> years(start.getYear(), last.getYear());
			default -> covering(start, precision);
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
	 * {@code 2019-Q1}, {@code 2019-autumn}, {@code 2019-07..2020-06},
	 * {@code 2019..2022}), the Latvian numeric forms ({@code 05.02.2008},
	 * {@code 3.–5.10.2007}, {@code 01.2008}, {@code 07.2019–06.2020}, {@code 2019. gadā},
	 * {@code 2019.–2022. gadā}), or nothing for undated.
	 * @throws InvalidApproximateDateException with a message key when it cannot
	 */
	public static ApproximateDate parse(String text) {
		String typed = (text != null) ? text.strip().replaceAll("\\s+", " ") : "";
		if (typed.isEmpty()) {
			return UNDATED;
		}
		try {
			return ApproximateDateParser.parse(typed);
		}
		catch (DateTimeException ex) {
			throw new InvalidApproximateDateException("date.approximate.no-such-day", typed);
		}
	}

	public boolean isUndated() {
		return this.precision == Precision.UNDATED;
	}

	/**
	 * The form {@link #parse} reads back, for a form field and the data files:
	 * "2019-10-03", "2019-10-03..2019-10-05", "2019-10", "2019-Q1", "2019-autumn",
	 * "2019", "2019-07..2020-06", "2019..2022", "" for undated.
	 */
	public String iso() {
		return switch (this.precision) {
			case DAY -> this.start.toString();
			case DAYS -> this.start + ".." + this.end;
			case MONTH -> YearMonth.from(this.start).toString();
			case MONTHS -> YearMonth.from(this.start) + ".." + YearMonth.from(this.end);
			case YEARS -> year() + ".." + this.end.getYear();
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
	 * of 2019", "2019.–2022. gadā" / "in 2019–2022", "no 2019. gada jūlija līdz 2020.
	 * gada jūnijam" / "from July 2019 to June 2020", "pastāvīgi" / "ongoing". A day keeps
	 * the registry's day form in the locative ({@link DateTexts#when}).
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
			case YEARS ->
				english ? "in " + year() + "–" + this.end.getYear() : year() + ".–" + this.end.getYear() + ". gadā";
			case MONTHS -> monthsInASentence(english);
			case UNDATED -> english ? "ongoing" : "pastāvīgi";
		};
	}

	/**
	 * "no 2019. gada jūlija līdz 2020. gada jūnijam" (genitive, then dative), "no 2019.
	 * gada jūlija līdz novembrim"; "from July 2019 to June 2020", "from July to November
	 * 2019".
	 */
	private String monthsInASentence(boolean english) {
		int firstMonth = this.start.getMonthValue();
		int lastMonth = this.end.getMonthValue();
		boolean sameYear = year() == this.end.getYear();
		if (english) {
			return "from " + DateTexts.englishMonth(firstMonth) + (sameYear ? "" : " " + year()) + " to "
					+ DateTexts.englishMonth(lastMonth) + " " + this.end.getYear();
		}
		return "no " + year() + ". gada " + DateTexts.latvianMonth(firstMonth, DateTexts.Case.GENITIVE) + " līdz "
				+ (sameYear ? "" : this.end.getYear() + ". gada ")
				+ DateTexts.latvianMonth(lastMonth, DateTexts.Case.DATIVE);
	}

	/**
	 * Short, for lists and tables: a day or days as {@link DateTexts#listing}, otherwise
	 * "01.2019" / "Jan 2019", "2019. g. 1. cet." / "Q1 2019", "2019. g. rudens" / "autumn
	 * 2019", "2019", "2019–2022", "07.2019–06.2020" / "Jul 2019 – Jun 2020", "pastāvīgi"
	 * / "ongoing".
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
			case YEARS -> year() + "–" + this.end.getYear();
			case MONTHS ->
				english ? DateTexts.englishMonth(this.start.getMonthValue()).substring(0, 3) + " " + year() + " – "
						+ DateTexts.englishMonth(this.end.getMonthValue()).substring(0, 3) + " " + this.end.getYear()
						: String.format("%02d.%d–%02d.%d", this.start.getMonthValue(), year(), this.end.getMonthValue(),
								this.end.getYear());
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
			case SEASON, QUARTER, MONTHS, YEARS, UNDATED -> null;
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
