package lv.mfa.registry.shared.text;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import lv.mfa.registry.shared.text.DateTexts.Case;

import static org.assertj.core.api.Assertions.assertThat;

class DateTextsTests {

	private static final Locale LV = Locale.forLanguageTag("lv");

	private final DateTexts dates = new DateTexts();

	@ParameterizedTest(name = "{0}: {1}, {2}, {3}, {4}")
	@CsvSource({ "1, janvāris, janvāra, janvārim, janvārī", "2, februāris, februāra, februārim, februārī",
			"3, marts, marta, martam, martā", "4, aprīlis, aprīļa, aprīlim, aprīlī", "5, maijs, maija, maijam, maijā",
			"6, jūnijs, jūnija, jūnijam, jūnijā", "7, jūlijs, jūlija, jūlijam, jūlijā",
			"8, augusts, augusta, augustam, augustā", "9, septembris, septembra, septembrim, septembrī",
			"10, oktobris, oktobra, oktobrim, oktobrī", "11, novembris, novembra, novembrim, novembrī",
			"12, decembris, decembra, decembrim, decembrī" })
	void everyLatvianMonthInEveryCase(int month, String nominative, String genitive, String dative, String locative) {
		assertThat(DateTexts.latvianMonth(month, Case.NOMINATIVE)).isEqualTo(nominative);
		assertThat(DateTexts.latvianMonth(month, Case.GENITIVE)).isEqualTo(genitive);
		assertThat(DateTexts.latvianMonth(month, Case.DATIVE)).isEqualTo(dative);
		assertThat(DateTexts.latvianMonth(month, Case.LOCATIVE)).isEqualTo(locative);
	}

	@Test
	void periodAsTheReportTitleWritesIt() {
		LocalDate start = LocalDate.of(2018, 7, 1);
		LocalDate end = LocalDate.of(2019, 6, 30);
		assertThat(this.dates.period(start, end, LV)).isEqualTo("no 2018. gada 1. jūlija līdz 2019. gada 30. jūnijam");
		assertThat(this.dates.period(start, end, Locale.ENGLISH)).isEqualTo("from 1 July 2018 to 30 June 2019");
	}

	@ParameterizedTest(name = "{0}..{1}")
	@CsvSource(delimiter = '|', value = { "2019-06-13|2019-06-13|2019. gada 13. jūnijā|13 June 2019|13.06.2019",
			"2019-06-13|2019-06-14|2019. gada 13.–14. jūnijā|13–14 June 2019|13.-14.06.2019",
			"2018-08-18|2018-08-20|2018. gada 18.–20. augustā|18–20 August 2018|18.-20.08.2018",
			"2019-01-31|2019-02-01|2019. gada 31. janvārī – 1. februārī|31 January – 1 February 2019|31.01.-01.02.2019",
			"2018-12-28|2019-01-02|2018. gada 28. decembrī – 2019. gada 2. janvārī|28 December 2018 – 2 January 2019|28.12.2018.-02.01.2019",
			"2018-06-26|2018-06-26|2018. gada 26. jūnijā|26 June 2018|26.06.2018" })
	void singleDaysAndRangesInProseAndCompactForm(LocalDate start, LocalDate end, String latvian, String english,
			String compact) {
		assertThat(this.dates.when(start, end, LV)).isEqualTo(latvian);
		assertThat(this.dates.when(start, end, Locale.ENGLISH)).isEqualTo(english);
		assertThat(this.dates.compact(start, end)).isEqualTo(compact);
	}

	@Test
	void singleDateInEachCase() {
		LocalDate date = LocalDate.of(2019, 3, 4);
		assertThat(this.dates.date(date, Case.NOMINATIVE, LV)).isEqualTo("2019. gada 4. marts");
		assertThat(this.dates.date(date, Case.GENITIVE, LV)).isEqualTo("2019. gada 4. marta");
		assertThat(this.dates.date(date, Case.DATIVE, LV)).isEqualTo("2019. gada 4. martam");
		assertThat(this.dates.date(date, Case.LOCATIVE, LV)).isEqualTo("2019. gada 4. martā");
		assertThat(this.dates.date(date, Case.LOCATIVE, Locale.ENGLISH)).isEqualTo("4 March 2019");
		assertThat(this.dates.month(date, LV)).isEqualTo("2019. gada marts");
		assertThat(this.dates.month(date, Locale.ENGLISH)).isEqualTo("March 2019");
	}

}
