package lv.mfa.registry.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import lv.mfa.registry.shared.text.LocalizedText;

/**
 * Which addresses take a language prefix ({@code /lv/…}, {@code /en/…}): the public
 * pages. Staff pages, sign-in, static resources and the actuator never do; feeds and
 * downloads answer with or without one but are linked without, so calendar subscriptions
 * keep their address.
 */
public final class LanguagePath {

	/**
	 * The language the address's prefix names, set on the request it was stripped from.
	 */
	static final String LANGUAGE = LanguagePath.class.getName() + ".language";

	/** The address as the client sent it, prefix included. */
	static final String ORIGINAL_URI = LanguagePath.class.getName() + ".originalUri";

	private static final List<String> PUBLIC = List.of("/presidencies", "/timeline", "/events", "/projects",
			"/working-groups", "/search", "/open-data");

	private static final List<String> LANGUAGES = List.of(LocalizedText.LATVIAN, LocalizedText.ENGLISH);

	private LanguagePath() {
	}

	/** A public page's path within the application, e.g. {@code /events/12}. */
	static boolean isPublic(String path) {
		if ("/".equals(path)) {
			return true;
		}
		return PUBLIC.stream().anyMatch((start) -> path.equals(start) || path.startsWith(start + "/"));
	}

	/** A download or feed, which keeps its unprefixed address in links. */
	static boolean isDownload(String path) {
		return path.endsWith(".ics") || path.endsWith(".csv") || path.endsWith(".json");
	}

	static boolean isLanguage(String language) {
		return language != null && LANGUAGES.contains(language);
	}

	/** The language of a {@code /lv} or {@code /en…} path, else null. */
	static String prefixOf(String path) {
		if (path.length() >= 3 && path.charAt(0) == '/' && (path.length() == 3 || path.charAt(3) == '/')) {
			String language = path.substring(1, 3);
			return isLanguage(language) ? language : null;
		}
		return null;
	}

	/** The path without its language prefix ({@code /en} alone is the home page). */
	static String stripPrefix(String path) {
		String rest = (prefixOf(path) != null) ? path.substring(3) : path;
		return rest.isEmpty() ? "/" : rest;
	}

	/** The language the request's address names, or null for an unprefixed one. */
	public static String language(HttpServletRequest request) {
		return (String) request.getAttribute(LANGUAGE);
	}

	/** The address the client asked for, with its language prefix if it had one. */
	public static String originalUri(HttpServletRequest request) {
		Object original = request.getAttribute(ORIGINAL_URI);
		return (original != null) ? (String) original : request.getRequestURI();
	}

}
