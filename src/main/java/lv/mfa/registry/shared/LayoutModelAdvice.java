package lv.mfa.registry.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the page layout needs on every page: the link that switches language and keeps the
 * visitor where they are.
 */
@ControllerAdvice
class LayoutModelAdvice {

	/**
	 * The page's address in each language and for everyone else ({@code x-default}, the
	 * Latvian one), absolute, for {@code <link rel="alternate" hreflang>}: the language
	 * is in the address, so a shared or cached link shows the same language to everyone.
	 */
	@ModelAttribute("languageAlternates")
	Map<String, String> languageAlternates(HttpServletRequest request) {
		Map<String, String> alternates = new LinkedHashMap<>();
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			return alternates;
		}
		for (String language : new String[] { LocalizedText.LATVIAN, LocalizedText.ENGLISH }) {
			alternates.put(language,
					ServletUriComponentsBuilder.fromRequest(request)
						.replaceQueryParam("lang", language)
						.build()
						.toUriString());
		}
		alternates.put("x-default", alternates.get(LocalizedText.LATVIAN));
		return alternates;
	}

	/**
	 * This server's address with the {@code webcal:} scheme, which calendar apps open as
	 * a subscription rather than a one-off download.
	 */
	@ModelAttribute("webcalBase")
	String webcalBase(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request)
			.build()
			.toUriString()
			.replaceFirst("^[a-z]+://", "webcal://");
	}

	@ModelAttribute("languageSwitchUrl")
	String languageSwitchUrl(HttpServletRequest request, Locale locale) {
		String other = LocalizedText.ENGLISH.equals(LocalizedText.language(locale)) ? LocalizedText.LATVIAN
				: LocalizedText.ENGLISH;
		Object errorPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (errorPath != null) {
			// On an error page, switch language on the address the visitor asked for, not
			// on /error.
			return sameSite(errorPath + "?lang=" + other);
		}
		return sameSite(ServletUriComponentsBuilder.fromRequest(request)
			.replaceQueryParam("lang", other)
			.build()
			.toUriString()
			.replaceFirst("^[a-z]+://[^/]+", ""));
	}

	/**
	 * A path that starts with several slashes ({@code //evil.example/login}) would be
	 * read by the browser as another site's address: one slash keeps it on this site.
	 */
	static String sameSite(String path) {
		return path.replaceFirst("^[/\\\\]+", "/");
	}

}
