package lv.mfa.registry.shared.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.GenericFilterBean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language in the address: {@code /en/events/12} is {@code /events/12} in English.
 * The prefix is taken off before Spring MVC and the page cache see the request, the
 * request's locale is set from it, and the response puts the same prefix back on every
 * public link the page renders through {@code encodeURL} (Thymeleaf's {@code @{…}}) and
 * on redirects. An unprefixed public page asked for with {@code ?lang=xx} is redirected
 * to {@code /xx/…} (and the choice remembered in the cookie); without {@code ?lang} it is
 * served as before, in the cookie's language. No session is involved.
 */
class LanguagePathFilter extends GenericFilterBean {

	private final LocaleResolver localeResolver;

	LanguagePathFilter(LocaleResolver localeResolver) {
		this.localeResolver = localeResolver;
	}

	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) servletRequest;
		HttpServletResponse response = (HttpServletResponse) servletResponse;
		String contextPath = request.getContextPath();
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			// The error page of /en/… speaks English and links in English too.
			Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			String language = (failed != null) ? LanguagePath.prefixOf(withinApplication((String) failed, contextPath))
					: null;
			if (language == null) {
				chain.doFilter(request, response);
				return;
			}
			chain.doFilter(new LanguageRequest(request, null, language),
					new PrefixingResponse(response, contextPath, language));
			return;
		}
		String path = withinApplication(request.getRequestURI(), contextPath);
		String language = LanguagePath.prefixOf(path);
		String rest = LanguagePath.stripPrefix(path);
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		String asked = read ? request.getParameter("lang") : null;
		if (language != null && LanguagePath.isPublic(rest)) {
			if (LanguagePath.isLanguage(asked) && !LanguagePath.isDownload(rest)) {
				redirect(request, response, asked, rest);
				return;
			}
			chain.doFilter(new LanguageRequest(request, contextPath + rest, language),
					new PrefixingResponse(response, contextPath, language));
			return;
		}
		if (language == null && LanguagePath.isPublic(path) && !LanguagePath.isDownload(path)
				&& LanguagePath.isLanguage(asked)) {
			// Remembered for the unprefixed addresses people already have.
			this.localeResolver.setLocale(request, response, Locale.forLanguageTag(asked));
			redirect(request, response, asked, path);
			return;
		}
		chain.doFilter(request, response);
	}

	private static String withinApplication(String uri, String contextPath) {
		return uri.startsWith(contextPath) ? uri.substring(contextPath.length()) : uri;
	}

	/** A permanent redirect to the prefixed address, the rest of the query kept. */
	private static void redirect(HttpServletRequest request, HttpServletResponse response, String language,
			String path) {
		UriComponentsBuilder target = UriComponentsBuilder.fromPath(request.getContextPath() + "/" + language + path);
		request.getParameterMap().forEach((name, values) -> {
			if (!"lang".equals(name)) {
				target.queryParam(name, (Object[]) values);
			}
		});
		response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
		response.setHeader(HttpHeaders.LOCATION, target.encode().build().toUriString());
	}

	/** The request without its language prefix, in the prefix's language. */
	private static final class LanguageRequest extends HttpServletRequestWrapper {

		private final String uri;

		private final Locale locale;

		LanguageRequest(HttpServletRequest request, String uri, String language) {
			super(request);
			this.uri = uri;
			this.locale = Locale.forLanguageTag(language);
			request.setAttribute(LanguagePath.LANGUAGE, language);
			request.setAttribute(LanguagePath.ORIGINAL_URI, request.getRequestURI());
			// The cookie resolver answers with this locale instead of reading the cookie.
			request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, this.locale);
		}

		@Override
		public String getRequestURI() {
			return (this.uri != null) ? this.uri : super.getRequestURI();
		}

		@Override
		public StringBuffer getRequestURL() {
			if (this.uri == null) {
				return super.getRequestURL();
			}
			StringBuffer url = super.getRequestURL();
			url.setLength(url.length() - super.getRequestURI().length());
			return url.append(this.uri);
		}

		@Override
		public String getServletPath() {
			return (this.uri != null) ? this.uri.substring(getContextPath().length()) : super.getServletPath();
		}

		@Override
		public Locale getLocale() {
			return this.locale;
		}

		@Override
		public Enumeration<Locale> getLocales() {
			return Collections.enumeration(Collections.singletonList(this.locale));
		}

	}

	/** Puts the page's language prefix on the public links and redirects it writes. */
	private static final class PrefixingResponse extends HttpServletResponseWrapper {

		private final String contextPath;

		private final String language;

		PrefixingResponse(HttpServletResponse response, String contextPath, String language) {
			super(response);
			this.contextPath = contextPath;
			this.language = language;
		}

		@Override
		public String encodeURL(String url) {
			return super.encodeURL(prefixed(url));
		}

		@Override
		public String encodeRedirectURL(String url) {
			return super.encodeRedirectURL(prefixed(url));
		}

		private String prefixed(String url) {
			if (url == null || !url.startsWith(this.contextPath + "/") || url.startsWith("//")) {
				return url;
			}
			String path = url.substring(this.contextPath.length());
			int end = indexOfAny(path, '?', '#');
			String bare = (end >= 0) ? path.substring(0, end) : path;
			if (LanguagePath.prefixOf(bare) != null || !LanguagePath.isPublic(bare) || LanguagePath.isDownload(bare)) {
				return url;
			}
			return this.contextPath + "/" + this.language + path;
		}

		private static int indexOfAny(String text, char first, char second) {
			int a = text.indexOf(first);
			int b = text.indexOf(second);
			return (a < 0) ? b : ((b < 0) ? a : Math.min(a, b));
		}

	}

}
