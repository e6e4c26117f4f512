package lv.mfa.registry.history;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.StaffFixtures;
import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.security.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every record staff edit has a history: who saved, when, and which fields changed, the
 * event's by the same comparison; reference data can be restored to an earlier version.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class RecordHistoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	private StaffFixtures staff;

	@BeforeEach
	void staff() {
		this.staff = new StaffFixtures(this.context, "history");
	}

	@AfterEach
	void deleteWhatTheTestMade() {
		this.jdbc.update("delete from working_group where code = 'TEST-HISTORY'");
		this.jdbc.update("delete from event where title_lv = 'Vēstures seminārs'");
		this.jdbc.update("delete from institution where code like 'TEST-RESTORE%'");
		this.staff.deleteAll();
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

	@Test
	void anEventsHistoryNamesEveryStoredFieldThatChangedAsOtherRecordsDo() throws Exception {
		UserDetails coordinator = this.staff.signIn(StaffRole.COORDINATOR);
		long presidency = this.jdbc.queryForObject("select id from presidency where slug = 'cbss-2018-2019'",
				Long.class);
		List<Long> priorities = this.jdbc.queryForList(
				"select id from priority where presidency_id = ? order by number limit 2", Long.class, presidency);
		List<Long> institutions = this.jdbc.queryForList("select id from institution order by code limit 2",
				Long.class);
		long group = this.jdbc.queryForObject("select min(id) from working_group", Long.class);
		this.mvc
			.perform(post("/admin/events").param("presidencyId", String.valueOf(presidency))
				.param("priorityId", String.valueOf(priorities.get(0)))
				.param("startDate", "2019-03-04")
				.param("endDate", "2019-03-05")
				.param("type", "SEMINAR")
				.param("status", "PLANNED")
				.param("titleLv", "Vēstures seminārs")
				.param("organiserIds", String.valueOf(institutions.get(0)))
				.with(user(coordinator))
				.with(csrf()))
			.andExpect(status().isFound());
		long id = this.jdbc.queryForObject("select id from event where title_lv = 'Vēstures seminārs'", Long.class);
		long version = this.jdbc.queryForObject("select version from event where id = ?", Long.class, id);
		// What the old event page never listed: country, priority, working group,
		// organisers.
		this.mvc
			.perform(post("/admin/events/{id}", id).param("version", String.valueOf(version))
				.param("presidencyId", String.valueOf(presidency))
				.param("priorityId", String.valueOf(priorities.get(1)))
				.param("workingGroupId", String.valueOf(group))
				.param("countryCode", "LV")
				.param("startDate", "2019-03-04")
				.param("endDate", "2019-03-05")
				.param("type", "SEMINAR")
				.param("status", "PLANNED")
				.param("titleLv", "Vēstures seminārs")
				.param("organiserIds", String.valueOf(institutions.get(0)), String.valueOf(institutions.get(1)))
				.with(user(coordinator))
				.with(csrf()))
			.andExpect(status().isFound());

		this.mvc.perform(get("/admin/events/{id}/history", id).with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Izveidots"), containsString("Mainīts"),
					containsString("<span>Valsts</span>"), containsString("<span>Prioritāte</span>"),
					containsString("<span>Darba grupa</span>"), containsString("<span>Rīkotāji</span>"),
					not(containsString("<span>Nosaukums</span>")), containsString("Vēstures seminārs"))));
	}

	@Test
	void anAdminRestoresAnInstitutionsEarlierVersionAsANewVersion() throws Exception {
		long id = institution("TEST-RESTORE", "Pirmais nosaukums");
		rename(id, "TEST-RESTORE", "Otrais nosaukums");
		long first = this.jdbc.queryForObject("select min(rev) from institution_aud where id = ?", Long.class, id);
		String restore = "/admin/institutions/" + id + "/history/" + first + "/restore";

		this.mvc.perform(get("/admin/institutions/{id}/history", id).with(user("a").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("action=\"" + restore + "\""),
					containsString("Atjaunot šo versiju"), containsString("name=\"formToken\""))));
		this.mvc
			.perform(post(restore).param("formToken", UUID.randomUUID().toString())
				.with(user("c").roles("COORDINATOR"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(nameLv(id)).isEqualTo("Otrais nosaukums");

		this.mvc
			.perform(post(restore).param("formToken", UUID.randomUUID().toString())
				.with(user("a").roles("ADMIN"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/institutions/" + id + "/history"))
			.andExpect(flash().attribute("message", "admin.history.restored-record"));
		assertThat(nameLv(id)).isEqualTo("Pirmais nosaukums");
		assertThat(this.jdbc.queryForObject("select count(*) from institution_aud where id = ?", Long.class, id))
			.as("created, renamed, restored")
			.isEqualTo(3);
	}

	@Test
	void aVersionWhoseCodeIsTakenNowIsNotRestoredAndNothingChanges() throws Exception {
		long id = institution("TEST-RESTORE-A", "Pārdēvējamā iestāde");
		rename(id, "TEST-RESTORE-B", "Pārdēvējamā iestāde");
		institution("TEST-RESTORE-A", "Cita iestāde ar veco kodu");
		long first = this.jdbc.queryForObject("select min(rev) from institution_aud where id = ?", Long.class, id);
		this.mvc
			.perform(post("/admin/institutions/{id}/history/{rev}/restore", id, first)
				.param("formToken", UUID.randomUUID().toString())
				.with(user("a").roles("ADMIN"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/institutions/" + id + "/history"))
			.andExpect(flash().attribute("message", "admin.history.not-restored-record"));
		assertThat(this.jdbc.queryForObject("select code from institution where id = ?", String.class, id))
			.isEqualTo("TEST-RESTORE-B");
		assertThat(this.jdbc.queryForObject("select count(*) from institution_aud where id = ?", Long.class, id))
			.isEqualTo(2);
		// A presidency's records are restored through their forms, not here.
		long presidency = this.jdbc.queryForObject("select id from presidency where slug = 'cbss-2018-2019'",
				Long.class);
		this.mvc
			.perform(post("/admin/presidencies/{id}/history/{rev}/restore", presidency, first)
				.with(user("a").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	private long institution(String code, String nameLv) throws Exception {
		this.mvc
			.perform(post("/admin/institutions").param("code", code)
				.param("countryCode", "LV")
				.param("nameLv", nameLv)
				.with(user("a").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isFound());
		return this.jdbc.queryForObject("select id from institution where code = ?", Long.class, code);
	}

	private void rename(long id, String code, String nameLv) throws Exception {
		long version = this.jdbc.queryForObject("select version from institution where id = ?", Long.class, id);
		this.mvc
			.perform(post("/admin/institutions/{id}", id).param("version", String.valueOf(version))
				.param("code", code)
				.param("countryCode", "LV")
				.param("nameLv", nameLv)
				.with(user("b").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isFound());
	}

	private String nameLv(long id) {
		return this.jdbc.queryForObject("select name_lv from institution where id = ?", String.class, id);
	}

}
