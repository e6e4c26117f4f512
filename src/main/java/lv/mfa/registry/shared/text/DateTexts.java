package lv.mfa.registry.shared.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Dates written the way the informative report writes them. Latvian month names change
 * with grammatical case ("no 2018. gada 1. jūlija līdz 2019. gada 30. jūnijam", "2019.
 * gada 13.–14. jūnijā"), and the JDK's Latvian locale knows only one form, so the
 * registry keeps its own table. Available in templates as {@code @dateTexts}.
 */
@Component("dateTexts")
public class DateTexts {

	/** The grammatical cases a Latvian date appears in. */
	public enum Case {

		/** "1. jūlijs" */
		NOMINATIVE,
		/** "no 1. jūlija" */
		GENITIVE,
		/** "līdz 30. jūnijam" */
		DATIVE,
		/** "13. jūnijā" */
		LOCATIVE

	}

	private static final String[][] LATVIAN_MONTHS = { { "janvāris", "janvāra", "janvārim", "janvārī" },
			{ "februāris", "februāra", "februārim", "februārī" }, { "marts", "marta", "martam", "martā" },
			{ "aprīlis", "aprīļa", "aprīlim", "aprīlī" }, { "maijs", "maija", "maijam", "maijā" },
			{ "jūnijs", "jūnija", "jūnijam", "jūnijā" }, { "jūlijs", "jūlija", "jūlijam", "jūlijā" },
			{ "augusts", "augusta", "augustam", "augustā" }, { "septembris", "septembra", "septembrim", "septembrī" },
			{ "oktobris", "oktobra", "oktobrim", "oktobrī" }, { "novembris", "novembra", "novembrim", "novembrī" },
			{ "decembris", "decembra", "decembrim", "decembrī" } };

	private static final String[] ENGLISH_MONTHS = { "January", "February", "March", "April", "May", "June", "July",
			"August", "September", "October", "November", "December" };

	private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	public static String latvianMonth(int month, Case grammaticalCase) {
		return LATVIAN_MONTHS[month - 1][grammaticalCase.ordinal()];
	}

	public static String englishMonth(int month) {
		return ENGLISH_MONTHS[month - 1];
	}

	/** "2018. gada 1. jūlija" (in the case asked) or "1 July 2018". */
	public String date(LocalDate date, Case grammaticalCase, Locale locale) {
		return dateOf(date, grammaticalCase, locale);
	}

	static String dateOf(LocalDate date, Case grammaticalCase, Locale locale) {
		if (isEnglish(locale)) {
			return date.getDayOfMonth() + " " + englishMonth(date.getMonthValue()) + " " + date.getYear();
		}
		return date.getYear() + ". gada " + date.getDayOfMonth() + ". "
				+ latvianMonth(date.getMonthValue(), grammaticalCase);
	}

	/** "2018. gada 1. jūlijs", "1 July 2018". */
	public String date(LocalDate date, Locale locale) {
		return date(date, Case.NOMINATIVE, locale);
	}

	/**
	 * "no 2018. gada 1. jūlija līdz 2019. gada 30. jūnijam", "from 1 July 2018 to 30 June
	 * 2019".
	 */
	public String period(LocalDate start, LocalDate end, Locale locale) {
		if (isEnglish(locale)) {
			return "from " + date(start, Case.NOMINATIVE, locale) + " to " + date(end, Case.NOMINATIVE, locale);
		}
		return "no " + date(start, Case.GENITIVE, locale) + " līdz " + date(end, Case.DATIVE, locale);
	}

	/**
	 * When something happened, as prose writes it: "2019. gada 13.–14. jūnijā"
	 * (locative), "13–14 June 2019".
	 */
	public String when(LocalDate start, LocalDate end, Locale locale) {
		return whenOf(start, end, locale);
	}

	/** {@link #when} for code that has no bean at hand. */
	static String whenOf(LocalDate start, LocalDate end, Locale locale) {
		boolean english = isEnglish(locale);
		if (end == null || start.equals(end)) {
			return english ? dateOf(start, Case.NOMINATIVE, locale) : dateOf(start, Case.LOCATIVE, locale);
		}
		boolean sameYear = start.getYear() == end.getYear();
		boolean sameMonth = sameYear && start.getMonth() == end.getMonth();
		if (english) {
			if (sameMonth) {
				return start.getDayOfMonth() + "–" + dateOf(end, Case.NOMINATIVE, locale);
			}
			if (sameYear) {
				return start.getDayOfMonth() + " " + englishMonth(start.getMonthValue()) + " – "
						+ dateOf(end, Case.NOMINATIVE, locale);
			}
			return dateOf(start, Case.NOMINATIVE, locale) + " – " + dateOf(end, Case.NOMINATIVE, locale);
		}
		if (sameMonth) {
			return start.getYear() + ". gada " + start.getDayOfMonth() + ".–" + end.getDayOfMonth() + ". "
					+ latvianMonth(end.getMonthValue(), Case.LOCATIVE);
		}
		if (sameYear) {
			return start.getYear() + ". gada " + start.getDayOfMonth() + ". "
					+ latvianMonth(start.getMonthValue(), Case.LOCATIVE) + " – " + end.getDayOfMonth() + ". "
					+ latvianMonth(end.getMonthValue(), Case.LOCATIVE);
		}
		return dateOf(start, Case.LOCATIVE, locale) + " – " + dateOf(end, Case.LOCATIVE, locale);
	}

	/**
	 * The report table's compact form, the same in both languages: "26.06.2018",
	 * "18.-20.08.2018", "31.01.-01.02.2019", "28.12.2018.-02.01.2019".
	 */
	public String compact(LocalDate start, LocalDate end) {
		return compactOf(start, end);
	}

	static String compactOf(LocalDate start, LocalDate end) {
		if (end == null || start.equals(end)) {
			return COMPACT.format(start);
		}
		if (start.getYear() != end.getYear()) {
			return COMPACT.format(start) + ".-" + COMPACT.format(end);
		}
		if (start.getMonth() != end.getMonth()) {
			return String.format("%02d.%02d.-%s", start.getDayOfMonth(), start.getMonthValue(), COMPACT.format(end));
		}
		return String.format("%02d.-%s", start.getDayOfMonth(), COMPACT.format(end));
	}

	/**
	 * A date or a range in a list, short and in the visitor's language: Latvian keeps the
	 * report's numeric form ("18.-20.08.2018"), English writes "18–20 Aug 2018", "31 Jan
	 * – 1 Feb 2019", "28 Dec 2018 – 2 Jan 2019".
	 */
	public String listing(LocalDate start, LocalDate end, Locale locale) {
		return listingOf(start, end, locale);
	}

	/** {@link #listing} for code that has no bean at hand. */
	static String listingOf(LocalDate start, LocalDate end, Locale locale) {
		if (!isEnglish(locale)) {
			return compactOf(start, end);
		}
		if (end == null || start.equals(end)) {
			return shortEnglish(start, true);
		}
		if (start.getYear() != end.getYear()) {
			return shortEnglish(start, true) + " – " + shortEnglish(end, true);
		}
		if (start.getMonth() != end.getMonth()) {
			return shortEnglish(start, false) + " – " + shortEnglish(end, true);
		}
		return start.getDayOfMonth() + "–" + shortEnglish(end, true);
	}

	private static String shortEnglish(LocalDate date, boolean withYear) {
		String text = date.getDayOfMonth() + " " + englishMonth(date.getMonthValue()).substring(0, 3);
		return withYear ? text + " " + date.getYear() : text;
	}

	/**
	 * A period whose ends are known as precisely as {@code precision} says (a
	 * working-group mandate): days as {@link #period}, otherwise "2019.–2022. gads" /
	 * "2019–2022", "2019. gada janvāris – 2022. gada decembris" / "January 2019 –
	 * December 2022", "2019. g. 1. cet. – 2022. g. 4. cet." / "Q1 2019 – Q4 2022".
	 * Without an end, the start alone.
	 */
	public String period(LocalDate start, LocalDate end, ApproximateDate.Precision precision, Locale locale) {
		boolean days = precision == null || precision == ApproximateDate.Precision.DAY
				|| precision == ApproximateDate.Precision.DAYS || precision == ApproximateDate.Precision.UNDATED;
		if (days) {
			return (end != null) ? period(start, end, locale) : date(start, locale);
		}
		boolean english = isEnglish(locale);
		if (precision == ApproximateDate.Precision.YEAR || precision == ApproximateDate.Precision.YEARS) {
			if (end == null || start.getYear() == end.getYear()) {
				return english ? String.valueOf(start.getYear()) : start.getYear() + ". gads";
			}
			return english ? start.getYear() + "–" + end.getYear() : start.getYear() + ".–" + end.getYear() + ". gads";
		}
		if (precision == ApproximateDate.Precision.MONTH || precision == ApproximateDate.Precision.MONTHS) {
			return (end != null) ? month(start, locale) + " – " + month(end, locale) : month(start, locale);
		}
		String first = ApproximateDate.covering(start, precision).listing(locale);
		return (end != null) ? first + " – " + ApproximateDate.covering(end, precision).listing(locale) : first;
	}

	/** An approximate date in a sentence ({@link ApproximateDate#format}). */
	public String approximate(ApproximateDate date, Locale locale) {
		return date.format(locale);
	}

	/** An approximate date in a list or a table ({@link ApproximateDate#listing}). */
	public String approximateListing(ApproximateDate date, Locale locale) {
		return date.listing(locale);
	}

	/** "jūlijs 2018" / "July 2018": a month heading. */
	public String month(LocalDate date, Locale locale) {
		if (isEnglish(locale)) {
			return englishMonth(date.getMonthValue()) + " " + date.getYear();
		}
		return date.getYear() + ". gada " + latvianMonth(date.getMonthValue(), Case.NOMINATIVE);
	}

	private static boolean isEnglish(Locale locale) {
		return LocalizedText.ENGLISH.equals(LocalizedText.language(locale));
	}

}
