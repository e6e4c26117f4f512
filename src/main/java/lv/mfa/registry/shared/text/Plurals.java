package lv.mfa.registry.shared.text;

import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The plural form a number takes, for messages written as {@code {1, choice,
 * 0#none|1#one|2#other}} with this as argument 1. Java's choice format compares numbers
 * only, but Latvian picks the singular for every number ending in 1 except 11 ("21
 * pasākums", "11 pasākumi"). Available in templates as {@code @plurals}.
 */
@Component("plurals")
public class Plurals {

	public static final int ZERO = 0;

	public static final int ONE = 1;

	public static final int OTHER = 2;

	public int form(long count, Locale locale) {
		if (count == 0) {
			return ZERO;
		}
		if (LocalizedText.ENGLISH.equals(LocalizedText.language(locale))) {
			return (count == 1) ? ONE : OTHER;
		}
		return (count % 10 == 1 && count % 100 != 11) ? ONE : OTHER;
	}

}
