package lv.mfa.registry.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Text that cannot be meant is stopped at the door, before any handler or the database
 * sees it: a NUL character or bytes that are not UTF-8, in the query string or a form,
 * get 400 and one short log line. Other control characters (a stray ESC or form feed
 * pasted from somewhere) are dropped from every parameter; tabs and line breaks stay.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestTextFilter extends OncePerRequestFilter {

	private static final String ERROR_PATH = "/error";

	private static final Logger logger = LoggerFactory.getLogger(RequestTextFilter.class);

	/** C0 controls but TAB, LF and CR; DEL; C1 controls. */
	private static final Pattern CONTROL = Pattern.compile("[\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String problem = problem(request);
		if (problem != null) {
			String path = request.getRequestURI();
			logger.info("Refused {} {}: {}", request.getMethod(),
					(path.length() > 200) ? path.substring(0, 200) + "…" : path, problem);
			refuse(request, response);
			return;
		}
		chain.doFilter(new CleanTextRequest(request), response);
	}

	/**
	 * The 400 page in the visitor's language, rendered by the error controller from a
	 * view of the request without its parameters: reading them again (as sendError's
	 * error dispatch would, for the language) makes the container throw once more.
	 */
	private static void refuse(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		HttpServletRequest bare = new WithoutParameters(request);
		bare.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_BAD_REQUEST);
		bare.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		bare.setAttribute(RequestDispatcher.ERROR_MESSAGE, "Bad Request");
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		request.getRequestDispatcher(ERROR_PATH).forward(bare, response);
	}

	private static String problem(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query != null) {
			byte[] bytes = percentDecoded(query);
			if (bytes == null || !isUtf8(bytes)) {
				return "query string not UTF-8";
			}
			if (indexOf(bytes, (byte) 0) >= 0) {
				return "NUL in the query string";
			}
		}
		// Form fields: the container has decoded them as UTF-8 (malformed bytes became
		// U+FFFD, which no form of ours asks for).
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			// The container could not decode a form body (Tomcat's
			// InvalidParameterException).
			return "form body not UTF-8";
		}
		for (String[] values : parameters.values()) {
			for (String value : values) {
				if (value.indexOf('\0') >= 0) {
					return "NUL in a parameter";
				}
				if (value.indexOf('\uFFFD') >= 0) {
					return "parameter not UTF-8";
				}
			}
		}
		return null;
	}

	/** The bytes a query string stands for; {@code null} when an escape is broken. */
	private static byte[] percentDecoded(String query) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(query.length());
		for (int i = 0; i < query.length(); i++) {
			char c = query.charAt(i);
			if (c == '%') {
				if (i + 2 >= query.length()) {
					return null;
				}
				int high = Character.digit(query.charAt(i + 1), 16);
				int low = Character.digit(query.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return null;
				}
				out.write((high << 4) | low);
				i += 2;
			}
			else if (c > 0x7F) {
				out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
			else {
				out.write(c);
			}
		}
		return out.toByteArray();
	}

	private static boolean isUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static int indexOf(byte[] bytes, byte wanted) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == wanted) {
				return i;
			}
		}
		return -1;
	}

	/** The request as the error page sees it: no parameters, no query string. */
	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getQueryString() {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

	}

	static String withoutControls(String value) {
		return (value != null) ? CONTROL.matcher(value).replaceAll("") : null;
	}

	/** The request with control characters dropped from every parameter value. */
	private static final class CleanTextRequest extends HttpServletRequestWrapper {

		private Map<String, String[]> parameters;

		CleanTextRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			if (this.parameters == null) {
				Map<String, String[]> clean = new LinkedHashMap<>();
				super.getParameterMap().forEach((name, values) -> clean.put(name,
						Arrays.stream(values).map(RequestTextFilter::withoutControls).toArray(String[]::new)));
				this.parameters = Collections.unmodifiableMap(clean);
			}
			return this.parameters;
		}

		@Override
		public String getParameter(String name) {
			String[] values = getParameterMap().get(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = getParameterMap().get(name);
			return (values != null) ? values.clone() : null;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

	}

}
