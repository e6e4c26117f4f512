package lv.mfa.registry.shared.text;

import java.util.Locale;

import jakarta.persistence.Embeddable;

/**
 * A text the public reads, held in Latvian and English. The one fallback rule of the
 * registry: a text missing in the asked language is shown in the other one, and
 * {@link #languageFor(Locale)} says which language was used so the page can mark it with
 * its own {@code lang} attribute.
 */
@Embeddable
public record LocalizedText(String lv, String en) {

	public static final String LATVIAN = "lv";

	public static final String ENGLISH = "en";

	public static LocalizedText of(String lv, String en) {
		return new LocalizedText(blankToNull(lv), blankToNull(en));
	}

	public String get(Locale locale) {
		String wanted = in(language(locale));
		return (wanted != null) ? wanted : in(other(language(locale)));
	}

	/**
	 * The language {@link #get(Locale)} answers in, or {@code null} when there is no text
	 * at all.
	 */
	public String languageFor(Locale locale) {
		String language = language(locale);
		if (in(language) != null) {
			return language;
		}
		return (in(other(language)) != null) ? other(language) : null;
	}

	/** True when the text is shown in the other language than the one asked for. */
	public boolean isFallback(Locale locale) {
		String used = languageFor(locale);
		return used != null && !used.equals(language(locale));
	}

	/**
	 * The text in exactly this language, without fallback; {@code null} when missing or
	 * blank.
	 */
	public String in(String language) {
		String value = ENGLISH.equals(language) ? this.en : this.lv;
		return blankToNull(value);
	}

	public boolean isMissing(String language) {
		return in(language) == null;
	}

	public boolean isEmpty() {
		return in(LATVIAN) == null && in(ENGLISH) == null;
	}

	public static String language(Locale locale) {
		return (locale != null && ENGLISH.equals(locale.getLanguage())) ? ENGLISH : LATVIAN;
	}

	private static String other(String language) {
		return ENGLISH.equals(language) ? LATVIAN : ENGLISH;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	@Override
	public String toString() {
		return (this.lv != null) ? this.lv : String.valueOf(this.en);
	}

}
