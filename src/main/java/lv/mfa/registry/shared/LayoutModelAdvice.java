package lv.mfa.registry.shared;

import java.util.Locale;

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
