package lv.mfa.registry.report.document;

import java.util.Locale;

/**
 * The two noun forms the report's title needs beyond the nominative the registry stores:
 * the holder's genitive ("Latvija" → "Latvijas prezidentūra") and the organisation's
 * locative ("Baltijas jūras valstu padome" → "padomē"). Names of countries and councils
 * are feminine or masculine nouns of the regular declensions, and in a multi-word name
 * only the last word (the head noun after its genitive attributes) changes. A name with
 * an ending these rules do not know, or an acronym, is left as it is.
 */
public final class LatvianInflection {

	private LatvianInflection() {
	}

	/** "Latvija" → "Latvijas", "Islande" → "Islandes", "tīkls" → "tīkla". */
	public static String genitive(String name) {
		return inflectLastWord(name, new String[][] { { "a", "as" }, { "e", "es" }, { "is", "a" }, { "us", "us" },
				{ "š", "a" }, { "s", "a" } });
	}

	/** "padome" → "padomē", "Savienība" → "Savienībā", "tīkls" → "tīklā". */
	public static String locative(String name) {
		return inflectLastWord(name, new String[][] { { "a", "ā" }, { "e", "ē" }, { "is", "ī" }, { "us", "ū" },
				{ "š", "ā" }, { "s", "ā" } });
	}

	private static String inflectLastWord(String name, String[][] endings) {
		if (name == null || name.isBlank()) {
			return name;
		}
		String trimmed = name.strip();
		int start = trimmed.lastIndexOf(' ') + 1;
		String head = trimmed.substring(0, start);
		String word = trimmed.substring(start);
		String lower = word.toLowerCase(Locale.ROOT);
		if (lower.equals(word.toUpperCase(Locale.ROOT)) || word.equals(word.toUpperCase(Locale.ROOT))) {
			// An acronym or a number, not a noun: "CBSS", "2030".
			return trimmed;
		}
		for (String[] ending : endings) {
			if (lower.endsWith(ending[0]) && word.length() > ending[0].length() + 1
					&& Character.isLetter(word.charAt(word.length() - ending[0].length() - 1))) {
				return head + word.substring(0, word.length() - ending[0].length()) + ending[1];
			}
		}
		return trimmed;
	}

}
