package lv.mfa.registry.shared.text;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedTextTests {

	private static final Locale LV = Locale.forLanguageTag("lv");

	@Test
	void answersInTheAskedLanguage() {
		LocalizedText text = LocalizedText.of("Rīga", "Riga");
		assertThat(text.get(LV)).isEqualTo("Rīga");
		assertThat(text.get(Locale.ENGLISH)).isEqualTo("Riga");
		assertThat(text.isFallback(Locale.ENGLISH)).isFalse();
	}

	@Test
	void fallsBackToTheOtherLanguageAndSaysSo() {
		LocalizedText onlyEnglish = new LocalizedText("  ", "Norden Association in Sweden");
		assertThat(onlyEnglish.get(LV)).isEqualTo("Norden Association in Sweden");
		assertThat(onlyEnglish.languageFor(LV)).isEqualTo("en");
		assertThat(onlyEnglish.isFallback(LV)).isTrue();
		assertThat(onlyEnglish.isMissing("lv")).isTrue();
		assertThat(new LocalizedText(null, null).languageFor(LV)).isNull();
		assertThat(new LocalizedText(null, null).isEmpty()).isTrue();
	}

	@Test
	void anyOtherLanguageIsTreatedAsLatvian() {
		assertThat(LocalizedText.of("Sveiki", "Hello").get(Locale.GERMAN)).isEqualTo("Sveiki");
	}

}
