package lv.mfa.registry.security.admin;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.reference.InstitutionRepository;
import lv.mfa.registry.security.AppUser;
import lv.mfa.registry.security.AppUserRepository;
import lv.mfa.registry.security.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Admins create and change staff accounts; nobody else may. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class UserAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AppUserRepository users;

	@Autowired
	InstitutionRepository institutions;

	@Autowired
	JdbcTemplate jdbc;

	private final String username = "editor-" + UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void deleteUser() {
		this.users.findByUsername(this.username).ifPresent(this.users::delete);
	}

	@Test
	void anAdminCreatesAnEditorWhoThenSignsIn() throws Exception {
		String password = UUID.randomUUID().toString();
		Long mfa = this.institutions.findByCode("MFA").orElseThrow().getId();
		// An editor without an institution, and a short password, are refused beside the
		// fields.
		this.mvc
			.perform(post("/admin/users").param("username", this.username)
				.param("role", "EDITOR")
				.param("password", "short")
				.with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Redaktoram jāpieder kādai iestādei"),
					containsString("Pārāk īsa: vismaz 12 rakstzīmes"), not(containsString("value=\"short\"")))));
		assertThat(this.users.findByUsername(this.username)).isEmpty();

		this.mvc
			.perform(post("/admin/users").param("username", this.username)
				.param("role", "EDITOR")
				.param("institutionId", String.valueOf(mfa))
				.param("password", password)
				.param("enabled", "true")
				.with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		AppUser created = this.users.findByUsername(this.username).orElseThrow();
		assertThat(created.getRole()).isEqualTo(StaffRole.EDITOR);
		assertThat(created.getInstitution().getId()).isEqualTo(mfa);

		// A second account with the same name is refused.
		this.mvc
			.perform(post("/admin/users").param("username", this.username.toUpperCase())
				.param("role", "COORDINATOR")
				.param("password", password)
				.with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Šāds lietotājvārds jau ir aizņemts")));

		this.mvc.perform(formLogin("/login").user(this.username).password(password))
			.andExpect(authenticated().withRoles("EDITOR"));
	}

	@Test
	void onlyAdminsManageUsers() throws Exception {
		this.mvc.perform(get("/admin/users").with(user("coordinator").roles("COORDINATOR")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/users").param("username", this.username)
				.param("role", "ADMIN")
				.param("password", UUID.randomUUID().toString())
				.with(user("editor").roles("EDITOR"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.users.findByUsername(this.username)).isEmpty();
		this.mvc.perform(get("/admin/users").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
	}

	@Test
	void noLockOrUnlockIsShownAsSignInNoLongerLocksAccounts() throws Exception {
		AppUser user = this.users
			.save(new AppUser(this.username, "{noop}" + UUID.randomUUID(), StaffRole.COORDINATOR, null));
		// A lock left in the column by an earlier version is not read any more.
		this.jdbc.update("update app_user set locked_until = now() + interval '1 hour' where id = ?", user.getId());
		this.mvc.perform(get("/admin/users").param("lang", "en").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(this.username), not(containsString("Locked")))));
		this.mvc
			.perform(get("/admin/users/{id}/edit", user.getId()).param("lang", "en").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("</html>"), not(containsString("unlock")),
					not(containsString("Lift the lock")))));
	}

}
