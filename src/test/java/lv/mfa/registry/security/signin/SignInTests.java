package lv.mfa.registry.security.signin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.security.AppUser;
import lv.mfa.registry.security.AppUserRepository;
import lv.mfa.registry.security.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in: our own page, accounts from the database, guessing slowed down, CSRF and
 * security headers.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	private String username;

	private String password;

	@BeforeEach
	void createCoordinator() {
		this.username = "coordinator-" + UUID.randomUUID().toString().substring(0, 8);
		this.password = UUID.randomUUID().toString();
		this.users
			.save(new AppUser(this.username, this.passwordEncoder.encode(this.password), StaffRole.COORDINATOR, null));
	}

	@AfterEach
	void deleteCoordinator() {
		this.users.findByUsername(this.username).ifPresent(this.users::delete);
	}

	@Test
	void anonymousVisitorsAreSentToSignInFromAdmin() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/events/new")).andExpect(status().isFound());
	}

	@Test
	void signInPageIsOursInBothLanguages() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"lv\">"), containsString("Pieteikties"),
					containsString("name=\"_csrf\""))))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		this.mvc.perform(get("/login").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"en\">"), containsString("Sign in"))));
	}

	@Test
	void staffSignInWithTheirPasswordAndSignOut() throws Exception {
		this.mvc.perform(formLogin("/login").user(this.username).password(this.password))
			.andExpect(authenticated().withUsername(this.username).withRoles("COORDINATOR"))
			.andExpect(redirectedUrl("/admin"));
		this.mvc.perform(formLogin("/login").user(this.username).password("wrong"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(logout()).andExpect(redirectedUrl("/login?logout"));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private String signIn(String username, String password, String address) throws Exception {
		return this.mvc.perform(
				post("/login").param("username", username).param("password", password).with(csrf()).with(from(address)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void guessingIsSlowedDownAndAnswersTheSameForKnownAndUnknownNames() throws Exception {
		List<String> known = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < SignInThrottle.ACCOUNT_BURST + 2; i++) {
			known.add(signIn(this.username, "wrong-" + i, "10.11.0." + i));
			unknown.add(signIn("nobody-" + this.username, "wrong-" + i, "10.12.0." + i));
		}
		assertThat(known).isEqualTo(unknown)
			.startsWith(Collections.nCopies(SignInThrottle.ACCOUNT_BURST, "/login?error").toArray(String[]::new))
			.endsWith("/login?throttled", "/login?throttled");
		// While slowed down, even the right password is not checked: no guess gets
		// through.
		assertThat(signIn(this.username, this.password, "10.11.1.1")).isEqualTo("/login?throttled");
		this.mvc.perform(get("/login").param("throttled", "").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Too many sign-in attempts")));
	}

	@Test
	void oneClientCannotSprayGuessesOverManyNames() throws Exception {
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < SignInThrottle.CLIENT_BURST + 3; i++) {
			answers.add(signIn("sprayed-" + i + "-" + this.username, "wrong", "10.13.0.1"));
		}
		assertThat(answers).containsOnly("/login?error", "/login?throttled")
			.endsWith("/login?throttled", "/login?throttled", "/login?throttled");
		assertThat(answers.stream().filter("/login?error"::equals)).hasSize(SignInThrottle.CLIENT_BURST);
	}

	@Test
	void parallelGuessesCannotSlipPastTheLimitAndEachIsCounted() throws Exception {
		int burst = 40;
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<MvcResult>> results = new ArrayList<>();
			for (int i = 0; i < burst; i++) {
				String guess = (i == burst - 1) ? this.password : "wrong-" + i;
				String address = "10.14." + (i / 200) + "." + (i % 200);
				results.add(pool.submit(
						() -> this.mvc
							.perform(post("/login").param("username", this.username)
								.param("password", guess)
								.with(csrf())
								.with(from(address)))
							.andReturn()));
			}
			List<String> answers = new ArrayList<>();
			for (Future<MvcResult> result : results) {
				MockHttpServletResponse response = result.get().getResponse();
				assertThat(response.getStatus()).isEqualTo(302);
				answers.add(response.getRedirectedUrl());
			}
			long checked = answers.stream().filter((url) -> !url.equals("/login?throttled")).count();
			long wrong = answers.stream().filter("/login?error"::equals).count();
			assertThat(checked).isLessThanOrEqualTo(SignInThrottle.ACCOUNT_BURST);
			assertThat(this.users.findByUsername(this.username).orElseThrow().getFailedAttempts())
				.isEqualTo((int) wrong);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void signInWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/login").param("username", this.username).param("password", this.password))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void passwordsAreStoredAsAdaptiveHashes() {
		String hash = this.users.findByUsername(this.username).orElseThrow().getPasswordHash();
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(this.password);
	}

}
