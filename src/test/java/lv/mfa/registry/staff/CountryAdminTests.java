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

/** Countries: created, renamed, deleted only while nothing refers to them. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class CountryAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CountryRepository countries;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCountryInUseIsNotDeletedAnUnusedOneIs() throws Exception {
		long institutions = this.jdbc.queryForObject("select count(*) from institution where country_code = 'LV'",
				Long.class);
		this.mvc.perform(post("/admin/countries/LV/delete").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("nevar dzēst"), containsString(institutions + " iestād"))));
		assertThat(this.countries.existsById("LV")).isTrue();

		this.mvc
			.perform(post("/admin/countries").param("code", "LV")
				.param("nameLv", "Latvija")
				.param("nameEn", "Latvia")
				.with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Valsts ar šādu kodu jau ir")));
		this.mvc
			.perform(post("/admin/countries").param("code", "ZZ")
				.param("nameLv", "Testa valsts")
				.param("nameEn", "Test country")
				.with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/countries"));
		this.mvc
			.perform(post("/admin/countries/ZZ").param("version", "0")
				.param("code", "ZZ")
				.param("nameLv", "Pārdēvēta valsts")
				.param("nameEn", "Renamed country")
				.with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/countries"));
		this.mvc.perform(get("/admin/countries/ZZ/delete").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Pārdēvēta valsts"), containsString("Jā, dzēst"))));
		this.mvc.perform(post("/admin/countries/ZZ/delete").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/admin/countries"));
		assertThat(this.countries.existsById("ZZ")).isFalse();
	}

}
