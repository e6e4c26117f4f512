package lv.mfa.registry.shared.web;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import lv.mfa.registry.shared.Publication;

import static org.assertj.core.api.Assertions.assertThat;

class LenientParametersTests {

	@Test
	void understoodValuesAreReadAndTheRestIsNamedAsIgnored() {
		LenientParameters parameters = new LenientParameters();
		assertThat(parameters.number("priority", " 2 ", 1, 9)).isEqualTo(2);
		assertThat(parameters.number("year", "1800", 1990, 2100)).isNull();
		assertThat(parameters.number("count", "abc", 0, 9)).isNull();
		assertThat(parameters.constant("publication", "published", Publication.class)).isEqualTo(Publication.PUBLISHED);
		assertThat(parameters.constant("type", "party", Publication.class)).isNull();
		assertThat(parameters.month("month", "2019-02")).isEqualTo(YearMonth.of(2019, 2));
		assertThat(parameters.month("when", "2019-13")).isNull();
		assertThat(parameters.page("-3")).isEqualTo(1);
		assertThat(parameters.page("x")).isEqualTo(1);
		assertThat(parameters.ignored()).containsExactly("year", "count", "type", "when", "page");
	}

	@Test
	void missingValuesAreNeitherReadNorIgnored() {
		LenientParameters parameters = new LenientParameters();
		assertThat(parameters.number("priority", "  ", 1, 9)).isNull();
		assertThat(parameters.constant("type", null, Publication.class)).isNull();
		assertThat(parameters.month("month", "")).isNull();
		assertThat(parameters.page(null)).isEqualTo(1);
		assertThat(parameters.ignored()).isEmpty();
		assertThat(LenientParameters.code(" lv ")).isEqualTo("LV");
		assertThat(LenientParameters.text("  Rīga  ", 200)).isEqualTo("Rīga");
		assertThat(LenientParameters.text("x".repeat(300), 200)).hasSize(200);
	}

}
