package lv.mfa.registry.shared.text;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import lv.mfa.registry.shared.text.ApproximateDate.Precision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApproximateDateTests {

	private static final Locale LV = Locale.forLanguageTag("lv");

	@ParameterizedTest(name = "\"{0}\" → {1}..{2} {3}")
	@CsvSource(delimiter = '|', value = { "2019-10-03 | 2019-10-03 | 2019-10-03 | DAY",
			"2019-10-03..2019-10-05 | 2019-10-03 | 2019-10-05 | DAYS",
			"2019-10-03/2019-10-05 | 2019-10-03 | 2019-10-05 | DAYS",
			"2019-10-03..2019-10-03 | 2019-10-03 | 2019-10-03 | DAY", "2019-10 | 2019-10-01 | 2019-10-31 | MONTH",
			"2019-02 | 2019-02-01 | 2019-02-28 | MONTH", "2019 | 2019-01-01 | 2019-12-31 | YEAR",
			"2019. gadā | 2019-01-01 | 2019-12-31 | YEAR", "2019-Q1 | 2019-01-01 | 2019-03-31 | QUARTER",
			"2019-q4 | 2019-10-01 | 2019-12-31 | QUARTER", "2019-autumn | 2019-09-01 | 2019-11-30 | SEASON",
			"2019-rudens | 2019-09-01 | 2019-11-30 | SEASON", "2019-spring | 2019-03-01 | 2019-05-31 | SEASON",
			"2019-winter | 2019-12-01 | 2020-02-29 | SEASON", "05.02.2008 | 2008-02-05 | 2008-02-05 | DAY",
			"5.2.2008. | 2008-02-05 | 2008-02-05 | DAY", "3.–5.10.2007 | 2007-10-03 | 2007-10-05 | DAYS",
			"03.-05.10.2007 | 2007-10-03 | 2007-10-05 | DAYS", "31.01.-01.02.2019 | 2019-01-31 | 2019-02-01 | DAYS",
			"28.12.2018.-02.01.2019 | 2018-12-28 | 2019-01-02 | DAYS", "01.2008 | 2008-01-01 | 2008-01-31 | MONTH",
			"2008. gada janvārī | 2008-01-01 | 2008-01-31 | MONTH",
			"2008. gada Janvāris | 2008-01-01 | 2008-01-31 | MONTH",
			"2019. gada rudenī | 2019-09-01 | 2019-11-30 | SEASON",
			"2019. gada 1. ceturksnī | 2019-01-01 | 2019-03-31 | QUARTER",
			"2019..2022 | 2019-01-01 | 2022-12-31 | YEARS", "2019-2020 | 2019-01-01 | 2020-12-31 | YEARS",
			"2019–2022 | 2019-01-01 | 2022-12-31 | YEARS", "2019.–2022. gadā | 2019-01-01 | 2022-12-31 | YEARS",
			"2019.-2020.gadā | 2019-01-01 | 2020-12-31 | YEARS", "2019. – 2022.gadam | 2019-01-01 | 2022-12-31 | YEARS",
			"2019..2019 | 2019-01-01 | 2019-12-31 | YEAR", "2019-07..2020-06 | 2019-07-01 | 2020-06-30 | MONTHS",
			"2019-07/2020-06 | 2019-07-01 | 2020-06-30 | MONTHS", "07.2019-06.2020 | 2019-07-01 | 2020-06-30 | MONTHS",
			"07.2019.–06.2020. | 2019-07-01 | 2020-06-30 | MONTHS",
			"2019-02..2019-02 | 2019-02-01 | 2019-02-28 | MONTH" })
	void parsesEveryAcceptedForm(String typed, LocalDate start, LocalDate end, Precision precision) {
		assertThat(ApproximateDate.parse(typed)).isEqualTo(new ApproximateDate(start, end, precision));
	}

	@Test
	void nothingTypedIsUndated() {
		assertThat(ApproximateDate.parse("")).isEqualTo(ApproximateDate.UNDATED);
		assertThat(ApproximateDate.parse("  ")).isEqualTo(ApproximateDate.UNDATED);
		assertThat(ApproximateDate.parse(null)).isEqualTo(ApproximateDate.UNDATED);
		assertThat(ApproximateDate.UNDATED.start()).isNull();
	}

	@ParameterizedTest(name = "\"{0}\" → {1}")
	@CsvSource(delimiter = '|',
			value = { "2019-02-30 | date.approximate.no-such-day", "32.01.2019 | date.approximate.no-such-day",
					"2019-13 | date.approximate.no-such-day", "2019-10-05..2019-10-03 | date.approximate.reversed",
					"5.-3.10.2007 | date.approximate.reversed", "vakar | date.approximate.invalid",
					"2019-monsoon | date.approximate.invalid", "2019-Q5 | date.approximate.invalid",
					"2019. gada vakarā | date.approximate.invalid", "2022..2019 | date.approximate.reversed",
					"2020-06..2019-07 | date.approximate.reversed", "2019-07..2020-13 | date.approximate.no-such-day",
					"2019..20 | date.approximate.invalid" })
	void refusesWithAMessageKey(String typed, String key) {
		assertThatThrownBy(() -> ApproximateDate.parse(typed)).isInstanceOfSatisfying(
				InvalidApproximateDateException.class, (ex) -> assertThat(ex.getMessageKey()).isEqualTo(key));
	}

	@ParameterizedTest(name = "{0}: \"{1}\" / \"{2}\"")
	@CsvSource(delimiter = '|',
			value = { "2008-01 | 2008. gada janvārī | in January 2008", "2019 | 2019. gadā | in 2019",
					"2007-10-03..2007-10-05 | 2007. gada 3.–5. oktobrī | 3–5 October 2007",
					"2019-autumn | 2019. gada rudenī | in autumn 2019",
					"2019-Q1 | 2019. gada 1. ceturksnī | in the first quarter of 2019",
					"2018-09-27 | 2018. gada 27. septembrī | 27 September 2018", "'' | pastāvīgi | ongoing",
					"2019-06 | 2019. gada jūnijā | in June 2019", "2019-03 | 2019. gada martā | in March 2019",
					"2019..2022 | 2019.–2022. gadā | in 2019–2022",
					"2019-07..2020-06 | no 2019. gada jūlija līdz 2020. gada jūnijam | from July 2019 to June 2020",
					"2019-03..2019-11 | no 2019. gada marta līdz novembrim | from March to November 2019" })
	void formatsAsTheReportsWriteIt(String iso, String latvian, String english) {
		ApproximateDate date = ApproximateDate.parse(iso);
		assertThat(date.format(LV)).isEqualTo(latvian);
		assertThat(date.format(Locale.ENGLISH)).isEqualTo(english);
	}

	@ParameterizedTest(name = "{0}: \"{1}\" / \"{2}\"")
	@CsvSource(delimiter = '|',
			value = { "2008-01 | 01.2008 | Jan 2008", "2019 | 2019 | 2019", "2019-Q1 | 2019. g. 1. cet. | Q1 2019",
					"2019-autumn | 2019. g. rudens | autumn 2019",
					"2018-08-18..2018-08-20 | 18.-20.08.2018 | 18–20 Aug 2018", "'' | pastāvīgi | ongoing",
					"2019..2022 | 2019–2022 | 2019–2022", "2019-07..2020-06 | 07.2019–06.2020 | Jul 2019 – Jun 2020" })
	void listsShort(String iso, String latvian, String english) {
		ApproximateDate date = ApproximateDate.parse(iso);
		assertThat(date.listing(LV)).isEqualTo(latvian);
		assertThat(date.listing(Locale.ENGLISH)).isEqualTo(english);
	}

	@Test
	void theReportTableKeepsItsDayFormAndCapitalisesTheRest() {
		assertThat(ApproximateDate.parse("2018-09-27").compact(Locale.ENGLISH)).isEqualTo("27.09.2018");
		assertThat(ApproximateDate.parse("2007-10-03..2007-10-05").compact(LV)).isEqualTo("03.-05.10.2007");
		assertThat(ApproximateDate.parse("2019").compact(Locale.ENGLISH)).isEqualTo("In 2019");
		assertThat(ApproximateDate.parse("").compact(LV)).isEqualTo("Pastāvīgi");
		assertThat(ApproximateDate.parse("2019..2020").compact(LV)).isEqualTo("2019.–2020. gadā");
		assertThat(ApproximateDate.parse("2019-07..2020-06").compact(Locale.ENGLISH))
			.isEqualTo("From July 2019 to June 2020");
	}

	@Test
	void severalMonthsOrYearsHaveNoHtmlDatetimeAndCountByYearAsTheYearDoes() {
		assertThat(ApproximateDate.parse("2019..2022").htmlDatetime()).isNull();
		assertThat(ApproximateDate.parse("2019-07..2020-06").htmlDatetime()).isNull();
		assertThat(Precision.YEARS.isYearLong()).isTrue();
		assertThat(Precision.YEAR.isYearLong()).isTrue();
		assertThat(Precision.MONTHS.isYearLong()).isFalse();
		assertThat(Precision.SEASON.isYearLong()).isFalse();
	}

	@Test
	void anEventGivenByTwoDaysSpansTheirMonthsOrYears() {
		LocalDate start = LocalDate.of(2019, 7, 15);
		LocalDate end = LocalDate.of(2020, 6, 2);
		assertThat(ApproximateDate.spanning(start, end, Precision.MONTHS))
			.isEqualTo(ApproximateDate.parse("2019-07..2020-06"));
		assertThat(ApproximateDate.spanning(start, end, Precision.YEARS))
			.isEqualTo(ApproximateDate.parse("2019..2020"));
		assertThat(ApproximateDate.spanning(start, end, Precision.MONTH)).isEqualTo(ApproximateDate.parse("2019-07"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "2019-10-03", "2019-10-03..2019-10-05", "2019-10", "2019-Q2", "2019-summer", "2019-winter", "2019",
			"2019..2022", "2019-07..2020-06", "''" })
	void writesWhatItReadsBack(String iso) {
		ApproximateDate date = ApproximateDate.parse(iso);
		assertThat(date.iso()).isEqualTo(iso);
		assertThat(ApproximateDate.parse(date.iso())).isEqualTo(date);
	}

}
