package lv.mfa.registry.shared.web;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a public page's query parameters leniently: a value that cannot be understood is
 * dropped and its parameter named in {@link #ignored()}, so the page can say what it
 * ignored instead of failing. One instance reads one request.
 */
public final class LenientParameters {

	private final List<String> ignored = new ArrayList<>();

	/** A whole number within {@code min}..{@code max}, or null. */
	public Integer number(String name, String value, int min, int max) {
		if (!hasText(value)) {
			return null;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// named below
		}
		this.ignored.add(name);
		return null;
	}

	/** One of the enum's constants, in any letter case, or null. */
	public <E extends Enum<E>> E constant(String name, String value, Class<E> type) {
		if (!hasText(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			this.ignored.add(name);
			return null;
		}
	}

	/** A month written {@code 2019-02}, or null. */
	public YearMonth month(String name, String value) {
		if (!hasText(value)) {
			return null;
		}
		try {
			return YearMonth.parse(value.strip());
		}
		catch (DateTimeException ex) {
			this.ignored.add(name);
			return null;
		}
	}

	/** The page number, 1 when missing; a number below 1 counts as 1. */
	public int page(String value) {
		if (!hasText(value)) {
			return 1;
		}
		try {
			return Math.max(1, Integer.parseInt(value.strip()));
		}
		catch (NumberFormatException ex) {
			this.ignored.add("page");
			return 1;
		}
	}

	/** A code (country, programme, working group…), upper case, or null. */
	public static String code(String value) {
		return hasText(value) ? value.strip().toUpperCase(Locale.ROOT) : null;
	}

	/** Free text, trimmed and at most {@code maxLength} characters, or null. */
	public static String text(String value, int maxLength) {
		if (!hasText(value)) {
			return null;
		}
		String stripped = value.strip();
		return (stripped.length() > maxLength) ? stripped.substring(0, maxLength) : stripped;
	}

	public List<String> ignored() {
		return this.ignored;
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
