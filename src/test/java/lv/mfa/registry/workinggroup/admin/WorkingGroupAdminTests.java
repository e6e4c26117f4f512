package lv.mfa.registry.workinggroup.admin;

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

/** Coordinators create working groups with unique codes; new ones are drafts. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class WorkingGroupAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void deleteTestGroup() {
		this.jdbc.update("delete from working_group where code = 'TEST-WG'");
	}

	@Test
	void aDuplicateCodeAndAnEndBeforeTheStartAreRefusedANewGroupIsADraft() throws Exception {
		this.mvc.perform(get("/admin/working-groups").with(user("editor").roles("EDITOR")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/working-groups").param("code", "TF-THB")
				.param("kind", "TASK_FORCE")
				.param("nameEn", "Duplicate")
				.param("mandateStart", "2020-01-01")
				.param("mandateEnd", "2019-01-01")
				.with(user("coordinator").roles("COORDINATOR"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Šāds kods jau ir citai darba grupai"),
					containsString("Beigas nevar būt pirms sākuma"))));
		this.mvc
			.perform(post("/admin/working-groups").param("code", "TEST-WG")
				.param("kind", "NETWORK")
				.param("nameLv", "Testa tīkls")
				.with(user("coordinator").roles("COORDINATOR"))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(
				this.jdbc.queryForObject("select publication from working_group where code = 'TEST-WG'", String.class))
			.isEqualTo("DRAFT");
	}

	/** A mandate given in years spans whole years and is said as years. */
	@Test
	void aMandateGivenInYearsSpansWholeYears() throws Exception {
		this.mvc
			.perform(post("/admin/working-groups").param("code", "TEST-WG")
				.param("kind", "NETWORK")
				.param("nameLv", "Testa tīkls")
				.param("mandateStart", "2019-03-04")
				.param("mandateEnd", "2022-05-06")
				.param("mandatePrecision", "YEAR")
				.with(user("coordinator").roles("COORDINATOR"))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForMap("select mandate_start::text as s, mandate_end::text as e,"
				+ " mandate_precision as p from working_group where code = 'TEST-WG'"))
			.containsEntry("s", "2019-01-01")
			.containsEntry("e", "2022-12-31")
			.containsEntry("p", "YEAR");
	}

}
