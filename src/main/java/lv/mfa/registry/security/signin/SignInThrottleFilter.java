package lv.mfa.registry.security.signin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the password check of the sign-in form: a try the client or the account
 * has no allowance left for is answered "wait a little" without checking the password,
 * whether the name exists or not.
 */
public class SignInThrottleFilter extends OncePerRequestFilter {

	static final String THROTTLED_URL = "/login?throttled";

	private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	private final SignInThrottle throttle;

	public SignInThrottleFilter(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SIGN_IN.matches(request)
				&& !this.throttle.tryAttempt(request.getRemoteAddr(), request.getParameter("username"))) {
			response.setHeader("Retry-After", String.valueOf(SignInThrottle.ACCOUNT_REFILL.toSeconds()));
			response.sendRedirect(request.getContextPath() + THROTTLED_URL);
			return;
		}
		chain.doFilter(request, response);
	}

}
