package lv.mfa.registry.history;

import org.junit.jupiter.api.AfterEach;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every record staff edit has a history: who saved, when, and which fields changed. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class RecordHistoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void deleteTestGroup() {
		this.jdbc.update("delete from working_group where code = 'TEST-HISTORY'");
	}

	@Test
	void aWorkingGroupsHistoryListsWhoCreatedAndWhoChangedWhat() throws Exception {
		this.mvc
			.perform(post("/admin/working-groups").param("code", "TEST-HISTORY")
				.param("kind", "NETWORK")
				.param("nameLv", "Vēstures tīkls")
				.with(user("anna").roles("COORDINATOR"))
				.with(csrf()))
			.andExpect(status().isFound());
		long id = this.jdbc.queryForObject("select id from working_group where code = 'TEST-HISTORY'", Long.class);
		long version = this.jdbc.queryForObject("select version from working_group where id = ?", Long.class, id);
		this.mvc
			.perform(post("/admin/working-groups/{id}", id).param("version", String.valueOf(version))
				.param("code", "TEST-HISTORY")
				.param("kind", "NETWORK")
				.param("nameLv", "Vēstures tīkls")
				.param("nameEn", "History network")
				.with(user("bruno").roles("COORDINATOR"))
				.with(csrf()))
			.andExpect(status().isFound());

		String page = this.mvc
			.perform(get("/admin/working-groups/{id}/history", id).with(user("anna").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Izveidots"), containsString("Mainīts"), containsString("Nosaukums"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("bruno")).as("newest first").isPositive().isLessThan(page.indexOf("anna</td>"));
		assertThat(page).doesNotContain("Kods");

		this.mvc.perform(get("/admin/working-groups/{id}/history", id).with(user("e").roles("EDITOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theDemoDataHistoryStartsWithItsImportAndUnknownRecordsAreNotFound() throws Exception {
		long id = this.jdbc.queryForObject("select id from presidency where slug = 'cbss-2018-2019'", Long.class);
		this.mvc.perform(get("/admin/presidencies/{id}/history", id).with(user("c").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ielādēts no datu kopas")));
		this.mvc.perform(get("/admin/countries/LV/history").with(user("a").roles("ADMIN"))).andExpect(status().isOk());
		this.mvc.perform(get("/admin/projects/999999/history").with(user("c").roles("COORDINATOR")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/projects/abc/history").with(user("c").roles("COORDINATOR")))
			.andExpect(status().isNotFound());
	}

}
