package lv.mfa.registry.security.password;

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
import lv.mfa.registry.security.AppUser;
import lv.mfa.registry.security.AppUserRepository;
import lv.mfa.registry.security.StaffRole;
import lv.mfa.registry.security.signin.SignInThrottle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff change their own password: only with the current one, twice the same, long
 * enough.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class PasswordChangeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	private String username;

	private String password;

	@BeforeEach
	void createEditor() {
		this.username = "editor-" + UUID.randomUUID().toString().substring(0, 8);
		this.password = UUID.randomUUID().toString();
		this.users
			.save(new AppUser(this.username, this.passwordEncoder.encode(this.password), StaffRole.COORDINATOR, null));
	}

	@AfterEach
	void deleteEditor() {
		this.users.findByUsername(this.username).ifPresent(this.users::delete);
	}

	private String hash() {
		return this.users.findByUsername(this.username).orElseThrow().getPasswordHash();
	}

	@Test
	void mistakesAreNamedBesideTheFieldsAndThePasswordStays() throws Exception {
		String before = hash();
		this.mvc
			.perform(post("/admin/password").param("currentPassword", "not-the-password")
				.param("newPassword", "a new long passphrase")
				.param("repeatPassword", "another long passphrase")
				.with(user(this.username).roles("COORDINATOR"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Pašreizējā parole nav pareiza."),
					containsString("Abām jaunās paroles reizēm jāsakrīt."),
					not(containsString("a new long passphrase")), not(containsString("not-the-password")))));
		this.mvc
			.perform(post("/admin/password").param("currentPassword", this.password)
				.param("newPassword", "short")
				.param("repeatPassword", "short")
				.param("lang", "en")
				.with(user(this.username).roles("COORDINATOR"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The password must be at least 12 characters long.")));
		assertThat(hash()).isEqualTo(before);
	}

	@Test
	void theNewPasswordSignsInAndTheOldOneNoLonger() throws Exception {
		String newPassword = "a brand new long passphrase";
		this.mvc
			.perform(post("/admin/password").param("currentPassword", this.password)
				.param("newPassword", newPassword)
				.param("repeatPassword", newPassword)
				.with(user(this.username).roles("COORDINATOR"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin"));
		this.mvc.perform(formLogin().user(this.username).password(newPassword)).andExpect(authenticated());
		this.mvc.perform(formLogin().user(this.username).password(this.password)).andExpect(unauthenticated());
	}

	@Test
	void withoutItsCsrfTokenTheChangeIsRefused() throws Exception {
		this.mvc
			.perform(post("/admin/password").param("currentPassword", this.password)
				.param("newPassword", "a brand new long passphrase")
				.param("repeatPassword", "a brand new long passphrase")
				.with(user(this.username).roles("COORDINATOR")))
			.andExpect(status().isForbidden());
	}

	private String changeTo(String current, String newPassword) throws Exception {
		return this.mvc
			.perform(post("/admin/password").param("currentPassword", current)
				.param("newPassword", newPassword)
				.param("repeatPassword", newPassword)
				.param("lang", "en")
				.with(user(this.username).roles("COORDINATOR"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void passwordsBeyondBcryptsSeventyTwoBytesAreRefusedBesideTheField() throws Exception {
		String before = hash();
		// 40 letters, 80 bytes: a realistic Latvian passphrase.
		assertThat(changeTo(this.password, "Ā".repeat(40))).contains("at most 72 bytes");
		assertThat(hash()).isEqualTo(before);
	}

	@Test
	void commonAndTrivialPasswordsAreRefused() throws Exception {
		String before = hash();
		for (String weak : new String[] { "aaaaaaaaaaaa", "Password1234", "abababababab", "1q2w3e4r5t6y" }) {
			assertThat(changeTo(this.password, weak)).as(weak).contains("too common or too easy to guess");
		}
		assertThat(changeTo(this.password, " ".repeat(12))).contains("Required");
		assertThat(hash()).isEqualTo(before);
		assertThat(PasswordPolicy.problem("Saulains rīts pie Daugavas")).isEmpty();
	}

	@Test
	void theCurrentPasswordCannotBeGuessedWithoutLimit() throws Exception {
		String before = hash();
		for (int i = 0; i < SignInThrottle.ACCOUNT_BURST; i++) {
			assertThat(changeTo("guess-" + i, "a brand new long passphrase")).contains("current password is not right");
		}
		assertThat(changeTo("guess-again", "a brand new long passphrase")).contains("Too many wrong attempts");
		// Slowed down, the right one is not checked either.
		assertThat(changeTo(this.password, "a brand new long passphrase")).contains("Too many wrong attempts");
		assertThat(hash()).isEqualTo(before);
	}

}
