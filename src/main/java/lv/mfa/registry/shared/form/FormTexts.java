package lv.mfa.registry.shared.form;

import lv.mfa.registry.shared.text.LocalizedText;

/**
 * What every staff form does with texts: shows a stored bilingual text as its Latvian and
 * English fields side by side, and tells a blank field from a typed one.
 */
public final class FormTexts {

	private FormTexts() {
	}

	/** The Latvian half of a text, for its form field; null when there is no text. */
	public static String lv(LocalizedText text) {
		return (text != null) ? text.in(LocalizedText.LATVIAN) : null;
	}

	/** The English half of a text, for its form field; null when there is no text. */
	public static String en(LocalizedText text) {
		return (text != null) ? text.in(LocalizedText.ENGLISH) : null;
	}

	/** Nothing typed: null, empty or only spaces. */
	public static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
