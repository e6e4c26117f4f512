package lv.mfa.registry.shared.web;

import lv.mfa.registry.shared.text.LocalizedText;

/**
 * The {@code lang} query parameter carried over to a redirect's address, so the language
 * a client asked for survives without a cookie or a session.
 */
public final class LanguageParameter {

	private LanguageParameter() {
	}

	/** {@code "?lang=en"} or {@code "?lang=lv"} for a known language, else empty. */
	public static String query(String language) {
		if (LocalizedText.ENGLISH.equals(language) || LocalizedText.LATVIAN.equals(language)) {
			return "?lang=" + language;
		}
		return "";
	}

}
