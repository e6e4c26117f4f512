package lv.mfa.registry.workinggroup.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A working group's links to presidencies and priorities, with its role, set from the
 * group's form (rows added, changed, removed, no script) and from a priority's form.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class WorkingGroupLinksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long groupId;

	long presidency;

	long other;

	long priority2;

	@BeforeEach
	void testGroup() {
		this.jdbc.update("insert into working_group (code, kind, name_lv) values ('TEST-LINKS', 'NETWORK', 'Tīkls')");
		this.groupId = this.jdbc.queryForObject("select id from working_group where code = 'TEST-LINKS'", Long.class);
		this.presidency = this.jdbc.queryForObject("select id from presidency where slug = 'cbss-2018-2019'",
				Long.class);
		this.other = this.jdbc.queryForObject("select id from presidency where slug = 'cbss-2019-2020'", Long.class);
		this.priority2 = this.jdbc.queryForObject("select id from priority where presidency_id = ? and number = 2",
				Long.class, this.presidency);
	}

	@AfterEach
	void deleteTestGroup() {
		this.jdbc.update("delete from working_group where code = 'TEST-LINKS'");
	}

	@Test
	void linksAreAddedChangedAndRemovedFromTheGroupsForm() throws Exception {
		this.mvc.perform(get("/admin/working-groups/{id}/edit", this.groupId).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Prezidentūras un prioritātes"),
					containsString("name=\"links[1].presidencyId\""))));
		// A priority of another presidency is refused beside its row; nothing is saved.
		this.mvc
			.perform(post("/admin/working-groups/{id}/links", this.groupId).param("version", version())
				.param("links[0].presidencyId", String.valueOf(this.other))
				.param("links[0].priorityId", String.valueOf(this.priority2))
				.param("links[1].presidencyId", "")
				.with(coordinator())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Izvēlieties rindas prezidentūras prioritāti")));
		assertThat(roles()).isZero();

		this.mvc
			.perform(post("/admin/working-groups/{id}/links", this.groupId).param("version", version())
				.param("links[0].presidencyId", String.valueOf(this.presidency))
				.param("links[0].priorityId", String.valueOf(this.priority2))
				.param("links[0].chaired", "true")
				.param("links[1].presidencyId", "")
				.with(coordinator())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/working-groups/" + this.groupId + "/edit#links"));
		assertThat(this.jdbc.queryForObject(
				"select chaired from working_group_role where working_group_id = ? and priority_id = ?", Boolean.class,
				this.groupId, this.priority2))
			.isTrue();
		Long roleId = this.jdbc.queryForObject("select id from working_group_role where working_group_id = ?",
				Long.class, this.groupId);

		this.mvc
			.perform(post("/admin/working-groups/{id}/links", this.groupId).param("version", version())
				.param("links[0].id", String.valueOf(roleId))
				.param("links[0].presidencyId", String.valueOf(this.presidency))
				.param("links[0].remove", "true")
				.param("links[1].presidencyId", String.valueOf(this.other))
				.with(coordinator())
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select presidency_id from working_group_role where working_group_id = ?",
				Long.class, this.groupId))
			.isEqualTo(this.other);
	}

	@Test
	void aPriorityLinksAndUnlinksGroupsFromItsForm() throws Exception {
		this.mvc.perform(get("/admin/priorities/{id}/edit", this.priority2).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/priorities/" + this.priority2 + "/working-groups")));
		this.mvc
			.perform(post("/admin/priorities/{id}/working-groups", this.priority2)
				.param("groupId", String.valueOf(this.groupId))
				.param("chaired", "true")
				.with(coordinator())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/priorities/" + this.priority2 + "/working-groups"));
		this.mvc.perform(get("/admin/priorities/{id}/working-groups", this.priority2).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("TEST-LINKS"), containsString("Vadīja"))));
		Long roleId = this.jdbc.queryForObject(
				"select id from working_group_role where working_group_id = ? and priority_id = ?", Long.class,
				this.groupId, this.priority2);
		this.mvc
			.perform(post("/admin/priorities/{id}/working-groups/{role}/unlink", this.priority2, roleId)
				.with(coordinator())
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(
				this.jdbc.queryForObject("select priority_id from working_group_role where id = ?", Long.class, roleId))
			.isNull();
		this.mvc.perform(get("/admin/priorities/{id}/working-groups", this.priority2).with(user("e").roles("EDITOR")))
			.andExpect(status().isForbidden());
	}

	private long roles() {
		return this.jdbc.queryForObject("select count(*) from working_group_role where working_group_id = ?",
				Long.class, this.groupId);
	}

	private String version() {
		return String.valueOf(
				this.jdbc.queryForObject("select version from working_group where id = ?", Long.class, this.groupId));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor coordinator() {
		return user("coordinator").roles("COORDINATOR");
	}

}
