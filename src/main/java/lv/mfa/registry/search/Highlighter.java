package lv.mfa.registry.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Marks where the query's words occur in a text, ignoring case and diacritics ("riga"
 * marks "Rīga"). The result is plain text segments; the page escapes them and wraps the
 * matched ones in {@code <mark>}, so no markup from data or query ever reaches the page
 * unescaped.
 */
final class Highlighter {

	/** A piece of text, matched or not. */
	record Segment(String text, boolean match) {

	}

	private Highlighter() {
	}

	/** Lower case without diacritics, one character for each character of the input. */
	static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			String lower = base.toLowerCase(Locale.ROOT);
			folded.append((lower.length() == 1) ? lower.charAt(0) : Character.toLowerCase(c));
		}
		return folded.toString();
	}

	static List<String> words(String query) {
		List<String> words = new ArrayList<>();
		for (String word : fold(query).split("[^\\p{L}\\p{N}]+")) {
			if (word.length() >= 2) {
				words.add(word);
			}
		}
		return words;
	}

	static List<Segment> highlight(String text, List<String> words) {
		List<Segment> segments = new ArrayList<>();
		if (text == null) {
			return segments;
		}
		String folded = fold(text);
		boolean[] marked = new boolean[text.length()];
		for (String word : words) {
			for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length())) {
				// Search matches the starts of words, so a mark starts a word and ends
				// with
				// it: "Rīgas", not "Rīga|s".
				if (at > 0 && Character.isLetterOrDigit(folded.charAt(at - 1))) {
					continue;
				}
				int end = at + word.length();
				while (end < text.length() && Character.isLetterOrDigit(folded.charAt(end))) {
					end++;
				}
				for (int i = at; i < end; i++) {
					marked[i] = true;
				}
			}
		}
		int start = 0;
		for (int i = 1; i <= text.length(); i++) {
			if (i == text.length() || marked[i] != marked[start]) {
				segments.add(new Segment(text.substring(start, i), marked[start]));
				start = i;
			}
		}
		return segments;
	}

	/**
	 * About {@code length} characters of a long text around its first match, cut at word
	 * boundaries.
	 */
	static String excerpt(String text, List<String> words, int length) {
		if (text == null || text.length() <= length) {
			return text;
		}
		String folded = fold(text);
		int first = -1;
		for (String word : words) {
			int at = folded.indexOf(word);
			if (at >= 0 && (first < 0 || at < first)) {
				first = at;
			}
		}
		int start = Math.max(0, (first < 0) ? 0 : first - length / 3);
		int end = Math.min(text.length(), start + length);
		while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
			start--;
		}
		while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
			end++;
		}
		return ((start > 0) ? "…" : "") + text.substring(start, end).strip() + ((end < text.length()) ? "…" : "");
	}

}
