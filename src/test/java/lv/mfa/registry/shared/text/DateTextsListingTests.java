package lv.mfa.registry.shared.text;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates in lists: the report's numeric form in Latvian, words in English. */
class DateTextsListingTests {

	private static final Locale LV = Locale.forLanguageTag("lv");

	private final DateTexts dates = new DateTexts();

	@Test
	void englishListsSpellTheMonth() {
		assertThat(this.dates.listing(LocalDate.of(2018, 6, 26), null, Locale.ENGLISH)).isEqualTo("26 Jun 2018");
		assertThat(this.dates.listing(LocalDate.of(2018, 8, 18), LocalDate.of(2018, 8, 20), Locale.ENGLISH))
			.isEqualTo("18–20 Aug 2018");
		assertThat(this.dates.listing(LocalDate.of(2019, 1, 31), LocalDate.of(2019, 2, 1), Locale.ENGLISH))
			.isEqualTo("31 Jan – 1 Feb 2019");
		assertThat(this.dates.listing(LocalDate.of(2018, 12, 28), LocalDate.of(2019, 1, 2), Locale.ENGLISH))
			.isEqualTo("28 Dec 2018 – 2 Jan 2019");
	}

	@Test
	void latvianListsKeepTheReportsNumericForm() {
		assertThat(this.dates.listing(LocalDate.of(2018, 8, 18), LocalDate.of(2018, 8, 20), LV))
			.isEqualTo("18.-20.08.2018");
		assertThat(this.dates.listing(LocalDate.of(2018, 6, 26), LocalDate.of(2018, 6, 26), LV))
			.isEqualTo("26.06.2018");
	}

}
