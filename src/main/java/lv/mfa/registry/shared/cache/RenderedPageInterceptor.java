package lv.mfa.registry.shared.cache;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

import lv.mfa.registry.shared.cache.PublicPageCache.RenderedPage;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.web.LanguagePath;

/**
 * Answers an anonymous GET of a public page from what was rendered for the same address
 * and language, and keeps what a miss renders. It runs after the language is resolved (so
 * {@code ?lang=} still takes effect) and reads the body the ETag filter buffers
 * ({@link PublicCachingConfiguration}), so a cached page keeps its ETag. Signed-in staff
 * see their name in the header: their pages are never kept nor answered from the cache.
 * <p>
 * A client that takes gzip (every browser) gets the kept compressed bytes with
 * {@code Content-Encoding: gzip}, others the inflated body; the container does not
 * compress again (it leaves responses with a Content-Encoding alone).
 */
public class RenderedPageInterceptor implements HandlerInterceptor {

	private static final String KEY = RenderedPageInterceptor.class.getName() + ".key";

	private static final String GENERATION = RenderedPageInterceptor.class.getName() + ".generation";

	private final PublicPageCache cache;

	public RenderedPageInterceptor(PublicPageCache cache) {
		this.cache = cache;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (!"GET".equals(request.getMethod()) || request.getUserPrincipal() != null) {
			return true;
		}
		Locale locale = RequestContextUtils.getLocale(request);
		String key = key(LocalizedText.language(locale), request);
		RenderedPage page = this.cache.get(key);
		if (page != null) {
			response.setLocale(locale);
			answer(request, response, page, null);
			return false;
		}
		request.setAttribute(KEY, key);
		request.setAttribute(GENERATION, this.cache.generation());
		return true;
	}

	/**
	 * Language, the path as asked (prefix included: /en/x and /x link differently) and
	 * the parameters in name order (so {@code ?a=1&b=2} and {@code ?b=2&a=1} share a
	 * page), each encoded so no value can forge another key.
	 */
	static String key(String language, HttpServletRequest request) {
		StringBuilder key = new StringBuilder(language).append(' ').append(LanguagePath.originalUri(request));
		char separator = '?';
		for (Map.Entry<String, String[]> parameter : new TreeMap<>(request.getParameterMap()).entrySet()) {
			for (String value : parameter.getValue()) {
				key.append(separator)
					.append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
				separator = '&';
			}
		}
		return key.toString();
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex)
			throws IOException {
		Object key = request.getAttribute(KEY);
		String contentType = response.getContentType();
		if (key == null || ex != null || response.getStatus() != HttpServletResponse.SC_OK || contentType == null
				|| !MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(contentType))) {
			return;
		}
		ContentCachingResponseWrapper buffered = WebUtils.getNativeResponse(response,
				ContentCachingResponseWrapper.class);
		if (buffered != null) {
			byte[] body = buffered.getContentAsByteArray();
			RenderedPage page = RenderedPage.of(body, contentType);
			this.cache.put((String) key, (Long) request.getAttribute(GENERATION), page);
			// The first visitor gets the compressed bytes too (the body is still
			// buffered).
			buffered.resetBuffer();
			answer(request, response, page, body);
		}
	}

	/**
	 * The page with its ETag (304 when the client has it), compressed when the client
	 * takes gzip. The ETag filter finds the ETag set and does not hash the body again.
	 * {@code body} is the uncompressed page when at hand (null: inflated if needed).
	 */
	private static void answer(HttpServletRequest request, HttpServletResponse response, RenderedPage page, byte[] body)
			throws IOException {
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setHeader(HttpHeaders.ETAG, page.etag());
		if (new ServletWebRequest(request, response).checkNotModified(page.etag())) {
			return;
		}
		response.setContentType(page.contentType());
		byte[] sent;
		if (acceptsGzip(request)) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			sent = page.gzipped();
		}
		else {
			sent = (body != null) ? body : page.body();
		}
		response.setContentLength(sent.length);
		response.getOutputStream().write(sent);
	}

	/** Whether {@code Accept-Encoding} names gzip (or any coding) without {@code q=0}. */
	static boolean acceptsGzip(HttpServletRequest request) {
		Boolean any = null;
		Enumeration<String> headers = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
		while (headers != null && headers.hasMoreElements()) {
			for (String coding : headers.nextElement().split(",")) {
				String[] parts = coding.split(";");
				String name = parts[0].trim();
				boolean refused = parts.length > 1 && parts[1].replace(" ", "").matches("(?i)q=0(\\.0*)?");
				if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip")) {
					return !refused;
				}
				if (name.equals("*")) {
					any = !refused;
				}
			}
		}
		return Boolean.TRUE.equals(any);
	}

}
