package lv.mfa.registry.security;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import lv.mfa.registry.security.signin.SignInAttempts;
import lv.mfa.registry.security.signin.SignInThrottle;
import lv.mfa.registry.security.signin.SignInThrottleFilter;

/**
 * Anyone reads the public pages; everything under /admin needs a signed-in member of
 * staff, and each staff controller says which roles it serves ({@code @PreAuthorize},
 * method security enabled here, once). Roles: EDITOR (an institution's own events and
 * task progress), COORDINATOR (everything of a presidency, publishing, reports), ADMIN
 * (users and reference data). Sign-in is a form at /login against the {@code app_user}
 * table; CSRF protection, session fixation protection and the default security headers
 * stay on.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SignInAttempts attempts, SignInThrottle throttle,
			AppUserRepository users) throws Exception {
		// Which role may use which staff page is said next to each controller
		// (@PreAuthorize); here only that nothing under /admin answers anyone not signed
		// in,
		// even a page that forgot to say.
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/admin/**", "/admin").authenticated().anyRequest().permitAll())
			.formLogin((form) -> form.loginPage("/login")
				.permitAll()
				.successHandler(successHandler(attempts, throttle))
				.failureHandler(failureHandler(attempts)))
			.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new StaffSessionCheck(users), AnonymousAuthenticationFilter.class)
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			// The CSRF token lives in a cookie, not in a session: an anonymous visitor
			// (the
			// sign-in page included) never gets an HTTP session.
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	private static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		return tokens;
	}

	/** bcrypt today, and whatever comes next without rehashing everyone at once. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	private static AuthenticationSuccessHandler successHandler(SignInAttempts attempts, SignInThrottle throttle) {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
		handler.setDefaultTargetUrl("/admin");
		return (request, response, authentication) -> {
			attempts.succeeded(authentication.getName());
			throttle.succeeded(request.getRemoteAddr(), request.getParameter("username"));
			handler.onAuthenticationSuccess(request, response, authentication);
		};
	}

	private static AuthenticationFailureHandler failureHandler(SignInAttempts attempts) {
		// One answer whether the name exists, is disabled or the password is wrong.
		return (request, response, exception) -> {
			if (exception instanceof InternalAuthenticationServiceException) {
				// Accounts could not be read (the database is away): not a wrong
				// password.
				response.setHeader(HttpHeaders.RETRY_AFTER, "30");
				response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
				return;
			}
			attempts.failed(request.getParameter("username"));
			response.sendRedirect(request.getContextPath() + "/login?error");
		};
	}

}
