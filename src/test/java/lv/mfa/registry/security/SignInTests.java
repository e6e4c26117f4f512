package lv.mfa.registry.security;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in: our own page, accounts from the database, a lock after repeated failures, CSRF
 * and security headers.
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

	@Test
	void fiveFailedSignInsLockTheAccountEvenForTheRightPassword() throws Exception {
		for (int i = 1; i < SignInAttempts.LIMIT; i++) {
			this.mvc.perform(formLogin("/login").user(this.username).password("wrong-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin("/login").user(this.username).password("wrong-again"))
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(formLogin("/login").user(this.username).password(this.password))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
		assertThat(this.users.findByUsername(this.username).orElseThrow().getLockedUntil()).isNotNull();
		this.mvc.perform(get("/login").param("locked", ""))
			.andExpect(content().string(containsString("bloķēts uz 15 minūtēm")));
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
