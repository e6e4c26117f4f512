package lv.mfa.registry.admin;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.reference.CountryRepository;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.InstitutionRepository;
import lv.mfa.registry.shared.LocalizedText;

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
 * Deleting asks first, and refuses with the reason while other records depend on the
 * institution.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class InstitutionDeletingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InstitutionRepository institutions;

	@Autowired
	CountryRepository countries;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anInstitutionThatStillOrganisesEventsIsNotDeleted() throws Exception {
		Institution mfa = this.institutions.findByCode("MFA").orElseThrow();
		long organised = this.jdbc.queryForObject("select count(*) from event_organiser where institution_id = ?",
				Long.class, mfa.getId());
		assertThat(organised).isPositive();
		this.mvc.perform(get("/admin/institutions/{id}/delete", mfa.getId()).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("nevar dzēst"),
					containsString("tā organizē " + organised + " pasākum"), containsString("tā koordinē"))));
		this.mvc
			.perform(post("/admin/institutions/{id}/delete", mfa.getId()).with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("nevar dzēst")));
		assertThat(this.institutions.findById(mfa.getId())).isPresent();
	}

	@Test
	void anUnusedInstitutionIsDeletedAfterConfirmation() throws Exception {
		Institution unused = this.institutions.save(new Institution("TEST-UNUSED", LocalizedText.of("TI", "TI"),
				LocalizedText.of("Testa iestāde", "Test institution"), this.countries.findById("LV").orElseThrow()));
		this.mvc.perform(get("/admin/institutions/{id}/delete", unused.getId()).with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("Jā, dzēst")));
		this.mvc
			.perform(post("/admin/institutions/{id}/delete", unused.getId()).with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/institutions"));
		assertThat(this.institutions.findById(unused.getId())).isEmpty();
	}

	@Test
	void onlyAdminsManageInstitutions() throws Exception {
		this.mvc.perform(get("/admin/institutions").with(user("coordinator").roles("COORDINATOR")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/institutions").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("MFA")));
	}

}
