package lv.mfa.registry.security;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import lv.mfa.registry.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Visitors who do not sign in get no HTTP session: the sign-in page's CSRF token travels
 * in a cookie, and it still protects the sign-in form.
 */
// A context of its own: spring-security-test's csrf() swaps a shared context's token
// repository for a session-based one, which other test classes use.
@SpringBootTest(properties = "registry.test.context=anonymous-sessions")
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class AnonymousSessionTests {

	@Autowired
	MockMvc mvc;

	@Test
	void publicPagesAndTheSignInPageMakeNoSession() throws Exception {
		for (String path : new String[] { "/login", "/presidencies", "/presidencies/cbss-2018-2019",
				"/presidencies/cbss-2018-2019/timeline", "/search?q=riga", "/projects" }) {
			MvcResult result = this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
			assertThat(result.getRequest().getSession(false)).as(path).isNull();
		}
	}

	@Test
	void theSignInFormCarriesItsTokenInACookie() throws Exception {
		MvcResult page = this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andReturn();
		Cookie token = page.getResponse().getCookie("XSRF-TOKEN");
		assertThat(token).isNotNull();
		assertThat(token.isHttpOnly()).isTrue();
		assertThat(token.getAttribute("SameSite")).isEqualTo("Lax");
		// Without the token the form is refused.
		this.mvc.perform(post("/login").param("username", "nobody").param("password", "wrong"))
			.andExpect(status().isForbidden());
		String hidden = page.getResponse()
			.getContentAsString()
			.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		this.mvc
			.perform(post("/login").cookie(token)
				.param("_csrf", hidden)
				.param("username", "nobody")
				.param("password", "wrong"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?error"));
	}

}
