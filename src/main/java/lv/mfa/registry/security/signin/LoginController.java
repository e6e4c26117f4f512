package lv.mfa.registry.security.signin;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, in the site's layout and the visitor's language. */
@Controller
class LoginController {

	/**
	 * The CSRF token is taken before the page renders: saving it sets a cookie, which can
	 * no longer be added once a long page (a long query string in its links) has begun to
	 * be sent.
	 */
	@GetMapping("/login")
	String login(HttpServletRequest request) {
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
		return "security/login";
	}

}
