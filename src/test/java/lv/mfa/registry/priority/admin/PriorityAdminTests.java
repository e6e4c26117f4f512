package lv.mfa.registry.priority.admin;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Coordinators add tasks to a priority; its texts and leads are kept. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class PriorityAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCoordinatorAddsATaskToAPriority() throws Exception {
		long id = this.jdbc.queryForObject("select p.id from priority p join presidency s on s.id = p.presidency_id"
				+ " where s.slug = 'cbss-2018-2019' and p.number = 3", Long.class);
		long tasks = this.jdbc.queryForObject("select count(*) from priority_task where priority_id = ?", Long.class,
				id);
		this.mvc.perform(get("/admin/priorities/{id}/edit", id).with(user("editor").roles("EDITOR")))
			.andExpect(status().isForbidden());
		String form = this.mvc.perform(get("/admin/priorities/{id}/edit", id).with(user("c").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kultūras mantojums")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("name=\"tasks[" + tasks + "].titleLv\"");
		long version = this.jdbc.queryForObject("select version from priority where id = ?", Long.class, id);
		// The form sends every field back, as the browser does; what it leaves out would
		// be cleared.
		var texts = this.jdbc.queryForMap(
				"select title_lv, title_en, goal_lv, goal_en, narrative_lv, narrative_en from priority where id = ?",
				id);
		try {
			var request = post("/admin/priorities/{id}", id).param("version", String.valueOf(version))
				.param("titleLv", (String) texts.get("title_lv"))
				.param("titleEn", (String) texts.get("title_en"))
				.param("goalLv", (String) texts.get("goal_lv"))
				.param("goalEn", (String) texts.get("goal_en"))
				.param("narrativeLv", (String) texts.get("narrative_lv"))
				.param("narrativeEn", (String) texts.get("narrative_en"))
				.param("tasks[" + tasks + "].titleLv", "Testa uzdevums")
				.with(user("c").roles("COORDINATOR"))
				.with(csrf());
			this.jdbc
				.queryForList("select institution_id from priority_lead_institution where priority_id = ?", Long.class,
						id)
				.forEach((lead) -> request.param("leadInstitutionIds", String.valueOf(lead)));
			int index = 0;
			for (var task : this.jdbc.queryForList(
					"select id, title_lv, title_en from priority_task where priority_id = ? order by position", id)) {
				request.param("tasks[" + index + "].id", String.valueOf(task.get("id")));
				if (task.get("title_lv") != null) {
					request.param("tasks[" + index + "].titleLv", (String) task.get("title_lv"));
				}
				if (task.get("title_en") != null) {
					request.param("tasks[" + index + "].titleEn", (String) task.get("title_en"));
				}
				index++;
			}
			this.mvc.perform(request).andExpect(redirectedUrl("/admin/priorities/" + id + "/edit"));
			assertThat(this.jdbc.queryForObject("select count(*) from priority_task where priority_id = ?", Long.class,
					id))
				.isEqualTo(tasks + 1);
			assertThat(this.jdbc.queryForMap(
					"select title_lv, title_en, goal_lv, goal_en, narrative_lv, narrative_en from priority where id = ?",
					id))
				.as("the texts are kept")
				.isEqualTo(texts);
		}
		finally {
			this.jdbc.update("delete from priority_task where priority_id = ? and title_lv = 'Testa uzdevums'", id);
		}
	}

}
