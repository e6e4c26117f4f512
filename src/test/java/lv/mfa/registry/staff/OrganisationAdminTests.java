package lv.mfa.registry.staff;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.reference.Organisation;
import lv.mfa.registry.reference.OrganisationRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Organisations: unique codes, deleted only while nothing depends on them. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class OrganisationAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationRepository organisations;

	@Test
	void theCouncilIsNotDeletedANewUnusedOrganisationIs() throws Exception {
		Organisation cbss = this.organisations.findByCode("CBSS").orElseThrow();
		this.mvc
			.perform(post("/admin/organisations/{id}/delete", cbss.getId()).with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("nevar dzēst"), containsString("prezidentūr"))));
		assertThat(this.organisations.findById(cbss.getId())).isPresent();

		this.mvc
			.perform(post("/admin/organisations").param("code", "CBSS")
				.param("nameEn", "Another council")
				.with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Šāds kods jau ir")));
		this.mvc
			.perform(post("/admin/organisations").param("code", "TEST-ORG")
				.param("nameEn", "Test organisation")
				.with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/organisations"));
		Organisation created = this.organisations.findByCode("TEST-ORG").orElseThrow();
		assertThat(created.getCountry()).isNull();
		this.mvc
			.perform(post("/admin/organisations/{id}/delete", created.getId()).with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/organisations"));
		assertThat(this.organisations.findByCode("TEST-ORG")).isEmpty();
	}

}
