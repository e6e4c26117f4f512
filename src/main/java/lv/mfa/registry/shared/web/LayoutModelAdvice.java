package lv.mfa.registry.shared.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import lv.mfa.registry.shared.text.LocalizedText;

/**
 * What the page layout needs on every page: the link that switches language and keeps the
 * visitor where they are.
 */
@ControllerAdvice
class LayoutModelAdvice {

	/**
	 * The page's address in each language and for everyone else ({@code x-default}, the
	 * unprefixed one), absolute, for {@code <link rel="alternate" hreflang>}: the
	 * language is in the address ({@code /lv/…}, {@code /en/…}), so a shared or cached
	 * link shows the same language to everyone.
	 */
	@ModelAttribute("languageAlternates")
	Map<String, String> languageAlternates(HttpServletRequest request) {
		Map<String, String> alternates = new LinkedHashMap<>();
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			return alternates;
		}
		UriComponentsBuilder here = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang");
		String path = pathWithinApplication(request);
		if (!LanguagePath.isPublic(path)) {
			for (String language : new String[] { LocalizedText.LATVIAN, LocalizedText.ENGLISH }) {
				alternates.put(language, here.cloneBuilder().replaceQueryParam("lang", language).toUriString());
			}
			alternates.put("x-default", alternates.get(LocalizedText.LATVIAN));
			return alternates;
		}
		for (String language : new String[] { LocalizedText.LATVIAN, LocalizedText.ENGLISH }) {
			alternates.put(language,
					here.cloneBuilder().replacePath(request.getContextPath() + "/" + language + path).toUriString());
		}
		// Everyone else gets the unprefixed address, in the language they chose before.
		alternates.put("x-default", here.toUriString());
		return alternates;
	}

	private static String pathWithinApplication(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
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
			String asked = LanguagePath.stripPrefix(((String) errorPath).substring(request.getContextPath().length()));
			return sameSite(LanguagePath.isPublic(asked) ? request.getContextPath() + "/" + other + asked
					: errorPath + "?lang=" + other);
		}
		String path = pathWithinApplication(request);
		if (LanguagePath.isPublic(path)) {
			return sameSite(ServletUriComponentsBuilder.fromRequest(request)
				.replaceQueryParam("lang")
				.replacePath(request.getContextPath() + "/" + other + path)
				.build()
				.toUriString()
				.replaceFirst("^[a-z]+://[^/]+", ""));
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
