package lv.mfa.registry.staff;

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
import lv.mfa.registry.shared.text.LocalizedText;

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
class InstitutionAdminTests {

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
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jā, dzēst")));
		this.mvc
			.perform(post("/admin/institutions/{id}/delete", unused.getId()).with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/institutions"));
		assertThat(this.institutions.findById(unused.getId())).isEmpty();
	}

	@Test
	void aDuplicateCodeIsRefusedBesideTheFieldAndAnInstitutionIsCreatedAndEdited() throws Exception {
		this.mvc
			.perform(post("/admin/institutions").param("code", "MFA")
				.param("countryCode", "LV")
				.param("nameLv", "Vēl viena ministrija")
				.with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Šāds kods jau ir citai iestādei"),
					containsString("value=\"Vēl viena ministrija\""))));
		this.mvc
			.perform(post("/admin/institutions").param("code", "TEST-NEW")
				.param("countryCode", "LV")
				.param("nameLv", "Jauna testa iestāde")
				.param("nameEn", "New test institution")
				.with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/institutions"));
		Institution created = this.institutions.findByCode("TEST-NEW").orElseThrow();
		try {
			this.mvc
				.perform(post("/admin/institutions/{id}", created.getId()).param("version", "0")
					.param("code", "TEST-RENAMED")
					.param("countryCode", "LV")
					.param("nameLv", "Pārdēvēta testa iestāde")
					.with(user("admin").roles("ADMIN"))
					.with(csrf()))
				.andExpect(redirectedUrl("/admin/institutions"));
			assertThat(this.institutions.findById(created.getId()).orElseThrow().getCode()).isEqualTo("TEST-RENAMED");
		}
		finally {
			this.jdbc.update("delete from institution where id = ?", created.getId());
		}
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
