package lv.mfa.registry.project.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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

/** Coordinators edit projects with their partners; a new project is a draft. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class ProjectAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void deleteTestProject() {
		this.jdbc.update("delete from project where key = 'test-project-admin'");
	}

	private MockHttpServletRequestBuilder project(MockHttpServletRequestBuilder request, String key, boolean firstLead,
			boolean secondLead) {
		long programme = this.jdbc.queryForObject("select id from funding_programme order by code limit 1", Long.class);
		return request.param("key", key)
			.param("titleLv", "Testa projekts")
			.param("titleEn", "Test project")
			.param("programmeId", String.valueOf(programme))
			.param("status", "ONGOING")
			.param("startYear", "2019")
			.param("endYear", "2020")
			.param("partners[0].nameEn", "First partner")
			.param("partners[0].countryCode", "LV")
			.param("partners[0].lead", String.valueOf(firstLead))
			.param("partners[1].nameEn", "Second partner")
			.param("partners[1].countryCode", "SE")
			.param("partners[1].lead", String.valueOf(secondLead))
			.with(user("coordinator").roles("COORDINATOR"))
			.with(csrf());
	}

	@Test
	void aCoordinatorCreatesAProjectWithPartnersAndMovesTheLead() throws Exception {
		this.mvc.perform(get("/admin/projects").with(user("editor").roles("EDITOR"))).andExpect(status().isForbidden());
		this.mvc.perform(project(post("/admin/projects"), "psf-2013-ngos-bsr", true, true))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Šāda atslēga jau ir citam projektam"),
					containsString("Projektam var būt tikai viens vadošais partneris"))));
		this.mvc.perform(project(post("/admin/projects"), "test-project-admin", true, false))
			.andExpect(status().isFound());
		long id = this.jdbc.queryForObject("select id from project where key = 'test-project-admin'", Long.class);
		assertThat(this.jdbc.queryForObject("select publication from project where id = ?", String.class, id))
			.isEqualTo("DRAFT");
		long version = this.jdbc.queryForObject("select version from project where id = ?", Long.class, id);
		this.mvc
			.perform(project(post("/admin/projects/{id}", id), "test-project-admin", false, true).param("version",
					String.valueOf(version)))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForList("select name_en from project_partner where project_id = ? and lead",
				String.class, id))
			.containsExactly("Second partner");
		this.mvc
			.perform(project(post("/admin/projects/{id}", id), "test-project-admin", false, true).param("version",
					String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kāds cits pa to laiku ir mainījis šo projektu")));
	}

}
