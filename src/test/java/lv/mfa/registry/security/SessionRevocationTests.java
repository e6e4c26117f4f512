package lv.mfa.registry.security;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.reference.InstitutionRepository;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Revoked means revoked: demoting, disabling or re-passwording an account ends the
 * sessions it already has; changing one's own password keeps one's own session.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class SessionRevocationTests {

	private static final String REPORT = "/admin/presidencies/cbss-2018-2019/report";

	@Autowired
	MockMvc mvc;

	@Autowired
	AppUserRepository users;

	@Autowired
	InstitutionRepository institutions;

	@Autowired
	PasswordEncoder passwordEncoder;

	private String username;

	private String password;

	@BeforeEach
	void createCoordinator() {
		this.username = "revoked-" + UUID.randomUUID().toString().substring(0, 8);
		this.password = UUID.randomUUID().toString();
		this.users
			.save(new AppUser(this.username, this.passwordEncoder.encode(this.password), StaffRole.COORDINATOR, null));
	}

	@AfterEach
	void deleteCoordinator() {
		this.users.findByUsername(this.username).ifPresent(this.users::delete);
	}

	private MockHttpSession signIn() throws Exception {
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin("/login").user(this.username).password(this.password))
			.andExpect(redirectedUrl("/admin"))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(get(REPORT).session(session)).andExpect(status().isOk());
		return session;
	}

	private void change(java.util.function.Consumer<AppUser> change) {
		AppUser user = this.users.findByUsername(this.username).orElseThrow();
		change.accept(user);
		this.users.save(user);
	}

	@Test
	void aDemotedCoordinatorsSessionNoLongerReachesCoordinatorPages() throws Exception {
		MockHttpSession session = signIn();
		change((user) -> user.setRole(StaffRole.EDITOR, this.institutions.findAll().get(0)));
		this.mvc.perform(get(REPORT + ".pdf").session(session))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aDisabledAccountsSessionEnds() throws Exception {
		MockHttpSession session = signIn();
		change((user) -> user.setEnabled(false));
		this.mvc.perform(get("/admin/events").session(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aPasswordSetByTheAdminEndsTheSessionsOpenedWithTheOldOne() throws Exception {
		MockHttpSession session = signIn();
		change((user) -> user.setPasswordHash(this.passwordEncoder.encode("a password set by the admin")));
		this.mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
		MockHttpSession mine = signIn();
		MockHttpSession other = signIn();
		String newPassword = "a brand new long passphrase";
		this.mvc
			.perform(post("/admin/password").session(mine)
				.param("currentPassword", this.password)
				.param("newPassword", newPassword)
				.param("repeatPassword", newPassword)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin"));
		this.mvc.perform(get(REPORT).session(mine))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cbss-2018-2019")));
		this.mvc.perform(get(REPORT).session(other)).andExpect(redirectedUrl("/login"));
	}

}
