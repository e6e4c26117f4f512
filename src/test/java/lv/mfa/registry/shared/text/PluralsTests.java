package lv.mfa.registry.shared.text;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PluralsTests {

	private final Plurals plurals = new Plurals();

	@ParameterizedTest(name = "{0}: lv {1}, en {2}")
	@CsvSource({ "0, 0, 0", "1, 1, 1", "2, 2, 2", "11, 2, 2", "21, 1, 2", "47, 2, 2", "101, 1, 2", "111, 2, 2",
			"121, 1, 2" })
	void latvianTakesTheSingularAfterNumbersEndingInOneButNotEleven(long count, int latvian, int english) {
		assertThat(this.plurals.form(count, Locale.forLanguageTag("lv"))).isEqualTo(latvian);
		assertThat(this.plurals.form(count, Locale.ENGLISH)).isEqualTo(english);
	}

}
