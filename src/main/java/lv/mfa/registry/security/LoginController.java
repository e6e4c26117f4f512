package lv.mfa.registry.security;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, in the site's layout and the visitor's language. */
@Controller
class LoginController {

	/**
	 * The CSRF token is taken before the page renders: it may need a session (or a
	 * cookie), which can no longer be created once a long page has begun to be sent.
	 */
	@GetMapping("/login")
	String login(CsrfToken csrf) {
		csrf.getToken();
		return "security/login";
	}

}
