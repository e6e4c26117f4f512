package lv.mfa.registry.presidency.admin;

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

/** Coordinators edit a presidency's term and texts, and publish or withdraw it. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class PresidencyAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDraftPresidencyIsEditedPublishedAndWithdrawn() throws Exception {
		long id = this.jdbc.queryForObject("select id from presidency where slug = 'cbss-2019-2020'", Long.class);
		long version = this.jdbc.queryForObject("select version from presidency where id = ?", Long.class, id);
		this.mvc.perform(get("/admin/presidencies").with(user("editor").roles("EDITOR")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/presidencies/{id}", id).param("version", String.valueOf(version))
				.param("periodStart", "2019-07-01")
				.param("periodEnd", "2019-06-30")
				.with(user("coordinator").roles("COORDINATOR"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Beigas nevar būt pirms sākuma")));
		String before = this.jdbc.queryForObject("select introduction_en from presidency where id = ?", String.class,
				id);
		try {
			this.mvc
				.perform(post("/admin/presidencies/{id}", id).param("version", String.valueOf(version))
					.param("periodStart", "2019-07-01")
					.param("periodEnd", "2020-06-30")
					.param("introductionEn", "A test introduction")
					.with(user("coordinator").roles("COORDINATOR"))
					.with(csrf()))
				.andExpect(redirectedUrl("/admin/presidencies/" + id + "/edit"));
			assertThat(
					this.jdbc.queryForObject("select introduction_en from presidency where id = ?", String.class, id))
				.isEqualTo("A test introduction");
			this.mvc
				.perform(post("/admin/presidencies/{id}/publish", id).with(user("coordinator").roles("COORDINATOR"))
					.with(csrf()))
				.andExpect(redirectedUrl("/admin/presidencies/" + id + "/edit"));
			this.mvc.perform(get("/presidencies/cbss-2019-2020")).andExpect(status().isOk());
		}
		finally {
			this.mvc
				.perform(post("/admin/presidencies/{id}/unpublish", id).with(user("coordinator").roles("COORDINATOR"))
					.with(csrf()));
			this.jdbc.update("update presidency set introduction_en = ? where id = ?", before, id);
		}
		this.mvc.perform(get("/presidencies/cbss-2019-2020")).andExpect(status().isNotFound());
	}

}
