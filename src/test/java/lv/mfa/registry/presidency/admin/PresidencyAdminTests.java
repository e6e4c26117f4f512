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
		String organisationId = this.jdbc.queryForObject("select organisation_id::text from presidency where id = ?",
				String.class, id);
		String country = this.jdbc.queryForObject("select country_code from presidency where id = ?", String.class, id);
		String ordinal = this.jdbc.queryForObject("select ordinal::text from presidency where id = ?", String.class,
				id);
		// The form saves every field: what this test leaves out is put back at its end.
		java.util.Map<String, Object> saved = this.jdbc.queryForMap(
				"select coordinator_id, previous_id, next_id, legal_basis_lv, legal_basis_en, introduction_lv, "
						+ "committee_narrative_lv, committee_narrative_en, other_directions_lv, other_directions_en "
						+ "from presidency where id = ?",
				id);
		this.mvc.perform(get("/admin/presidencies").with(user("editor").roles("EDITOR")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/presidencies/{id}", id).param("version", String.valueOf(version))
				.param("organisationId", organisationId)
				.param("countryCode", country)
				.param("ordinal", ordinal)
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
					.param("organisationId", organisationId)
					.param("countryCode", country)
					.param("ordinal", ordinal)
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
			saved.forEach((column, value) -> this.jdbc.update("update presidency set " + column + " = ? where id = ?",
					value, id));
		}
		this.mvc.perform(get("/presidencies/cbss-2019-2020")).andExpect(status().isNotFound());
	}

	@Test
	void aNewPresidencyIsSetUpEditedInEveryFieldAndDeleted() throws Exception {
		long cbss = this.jdbc.queryForObject("select id from organisation where code = 'CBSS'", Long.class);
		long demo = this.jdbc.queryForObject("select id from presidency where slug = 'cbss-2018-2019'", Long.class);
		this.mvc.perform(get("/admin/presidencies").with(user("coordinator").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/presidencies/new\"")));
		this.mvc.perform(get("/admin/presidencies/new").with(user("coordinator").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jauna prezidentūra")))
			.andExpect(content().string(containsString("name=\"countryCode\"")));
		// An unknown country and an end before the start: both named, nothing saved.
		long before = count();
		this.mvc
			.perform(post("/admin/presidencies").param("organisationId", String.valueOf(cbss))
				.param("countryCode", "XX")
				.param("periodStart", "2031-07-01")
				.param("periodEnd", "2031-06-30")
				.with(user("coordinator").roles("COORDINATOR"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Beigas nevar būt pirms sākuma")))
			.andExpect(content().string(containsString("countryCode-error")));
		assertThat(count()).isEqualTo(before);
		// A blank ordinal: the next one of Latvia's CBSS presidencies.
		this.mvc
			.perform(post("/admin/presidencies").param("organisationId", String.valueOf(cbss))
				.param("countryCode", "LV")
				.param("periodStart", "2031-07-01")
				.param("periodEnd", "2032-06-30")
				.param("previousId", String.valueOf(demo))
				.param("reportDatePlace", "05.02.2033, Rīga")
				.param("introductionEn", "A presidency set up through the form")
				.with(user("coordinator").roles("COORDINATOR"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Long id = this.jdbc.queryForObject("select id from presidency where slug = 'cbss-2031-2032'", Long.class);
		try {
			int maxBefore = this.jdbc
				.queryForObject("select max(ordinal) from presidency p join organisation o on o.id = p.organisation_id "
						+ "where o.code = 'CBSS' and p.country_code = 'LV' and p.id <> ?", Integer.class, id);
			assertThat(this.jdbc.queryForMap(
					"select ordinal, publication, previous_id, report_date_place, introduction_en from presidency where id = ?",
					id))
				.containsEntry("ordinal", maxBefore + 1)
				.containsEntry("publication", "DRAFT")
				.containsEntry("previous_id", demo)
				.containsEntry("report_date_place", "05.02.2033, Rīga")
				.containsEntry("introduction_en", "A presidency set up through the form");
			this.mvc.perform(get("/admin/presidencies/{id}/edit", id).with(user("coordinator").roles("COORDINATOR")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"05.02.2033, Rīga\"")));
			// Every field changes: another holder, an explicit ordinal, no neighbour,
			// other texts.
			long version = this.jdbc.queryForObject("select version from presidency where id = ?", Long.class, id);
			this.mvc
				.perform(post("/admin/presidencies/{id}", id).param("version", String.valueOf(version))
					.param("organisationId", String.valueOf(cbss))
					.param("countryCode", "EE")
					.param("ordinal", "9")
					.param("periodStart", "2031-07-01")
					.param("periodEnd", "2032-06-30")
					.param("nextId", String.valueOf(demo))
					.param("reportDatePlace", "01.01.2033, Tallina")
					.param("legalBasisLv", "Tiesiskais pamats")
					.with(user("coordinator").roles("COORDINATOR"))
					.with(csrf()))
				.andExpect(redirectedUrl("/admin/presidencies/" + id + "/edit"));
			assertThat(this.jdbc.queryForMap(
					"select country_code, ordinal, previous_id, next_id, report_date_place, legal_basis_lv, introduction_en from presidency where id = ?",
					id))
				.containsEntry("country_code", "EE")
				.containsEntry("ordinal", 9)
				.containsEntry("previous_id", null)
				.containsEntry("next_id", demo)
				.containsEntry("report_date_place", "01.01.2033, Tallina")
				.containsEntry("legal_basis_lv", "Tiesiskais pamats")
				.containsEntry("introduction_en", null);
			// The demo presidency has priorities and events: it cannot be deleted, and
			// says why.
			this.mvc
				.perform(get("/admin/presidencies/{id}/delete", demo).with(user("coordinator").roles("COORDINATOR")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("prioritātes")))
				.andExpect(content().string(containsString("pasākumi")));
			this.mvc
				.perform(post("/admin/presidencies/{id}/delete", demo).with(user("coordinator").roles("COORDINATOR"))
					.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("nevar dzēst")));
			assertThat(this.jdbc.queryForObject("select count(*) from presidency where id = ?", Long.class, demo))
				.isEqualTo(1);
			this.mvc
				.perform(post("/admin/presidencies/{id}/delete", id).with(user("coordinator").roles("COORDINATOR"))
					.with(csrf()))
				.andExpect(redirectedUrl("/admin/presidencies"));
			assertThat(this.jdbc.queryForObject("select count(*) from presidency where id = ?", Long.class, id))
				.isZero();
		}
		finally {
			this.jdbc.update("delete from presidency where slug = 'cbss-2031-2032'");
		}
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from presidency", Long.class);
	}

}
