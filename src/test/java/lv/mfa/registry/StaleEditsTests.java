package lv.mfa.registry;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import lv.mfa.registry.security.StaffRole;
import lv.mfa.registry.security.StaffUserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A stale save of every editor ends on the one conflict page: the form again with what
 * was typed, the conflict message naming the record and a link to the record as saved
 * now; nothing saved. Events show both versions side by side (409), the other forms the
 * message above the fields (200). The stale version is made as a concurrent save makes
 * it: the record's version rises after the form was opened.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class StaleEditsTests {

	private static final String TYPED = "Stale typed text";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	StaffUserDetailsService userDetails;

	private StaffFixtures staff;

	@BeforeEach
	void staffFixtures() {
		this.staff = new StaffFixtures(this.context, "stale");
	}

	@AfterEach
	void deleteWhatTheTestMade() {
		this.jdbc.update("delete from event where key = 'stale-edit-target'");
		this.staff.deleteAll();
	}

	@Test
	void aStalePresidencyIsAConflict() throws Exception {
		long id = id("select id from presidency where slug = 'cbss-2019-2020'");
		staleSave(coordinator(), "/admin/presidencies/" + id, "presidency", id, "reportDatePlace", "šo prezidentūru");
	}

	@Test
	void aStaleWorkingGroupIsAConflict() throws Exception {
		long id = id("select min(id) from working_group");
		staleSave(coordinator(), "/admin/working-groups/" + id, "working_group", id, "descriptionEn", "šo darba grupu");
	}

	@Test
	void staleWorkingGroupLinksAreAConflict() throws Exception {
		long id = id("select min(id) from working_group");
		long version = id("select version from working_group where id = " + id);
		this.jdbc.update("update working_group set version = version + 1 where id = ?", id);
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/admin/working-groups/{id}/links", id)
				.param("version", String.valueOf(version))
				.with(coordinator())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Kāds cits pa to laiku ir mainījis šo darba grupu"),
					containsString("href=\"/admin/working-groups/" + id + "/edit\""))));
	}

	@Test
	void aStaleProjectIsAConflict() throws Exception {
		long id = id("select min(id) from project");
		staleSave(coordinator(), "/admin/projects/" + id, "project", id, "descriptionEn", "šo projektu");
	}

	@Test
	void aStalePriorityIsAConflict() throws Exception {
		long id = id("select id from priority where number = 1 and presidency_id ="
				+ " (select id from presidency where slug = 'cbss-2018-2019')");
		staleSave(coordinator(), "/admin/priorities/" + id, "priority", id, "goalEn", "šo prioritāti");
	}

	@Test
	void aStaleProgressEntryIsAConflict() throws Exception {
		long id = id("select min(id) from task_progress");
		UserDetails coordinator = this.userDetails
			.loadUserByUsername(this.staff.account(StaffRole.COORDINATOR, null, null));
		staleSave(user(coordinator), "/admin/progress/" + id, "task_progress", id, "textEn", "šo ierakstu");
	}

	@Test
	void aStaleCountryIsAConflict() throws Exception {
		String page = "/admin/countries/EE";
		StaffForms.Form form = StaffForms.read(this.mvc, page + "/edit", admin()).with("nameEn", TYPED);
		this.jdbc.update("update country set version = version + 1 where code = 'EE'");
		assertConflict(form.post(page).with(admin()).with(csrf()), page, "šo valsti")
			.andExpect(content().string(containsString(TYPED)));
		assertThat(this.jdbc.queryForObject("select name_en from country where code = 'EE'", String.class))
			.isNotEqualTo(TYPED);
	}

	@Test
	void aStaleInstitutionIsAConflict() throws Exception {
		long id = id("select min(id) from institution");
		staleSave(admin(), "/admin/institutions/" + id, "institution", id, "nameEn", "šo iestādi");
	}

	@Test
	void aStaleOrganisationIsAConflict() throws Exception {
		long id = id("select id from organisation where code = 'CBSS'");
		staleSave(admin(), "/admin/organisations/" + id, "organisation", id, "nameEn", "šo organizāciju");
	}

	@Test
	void aStaleUserIsAConflict() throws Exception {
		String name = this.staff.account(StaffRole.COORDINATOR, null, null);
		long id = id("select id from app_user where username = '" + name + "'");
		String page = "/admin/users/" + id;
		StaffForms.Form form = StaffForms.read(this.mvc, page + "/edit", admin()).with("role", "ADMIN");
		this.jdbc.update("update app_user set version = version + 1 where id = ?", id);
		assertConflict(form.post(page).with(admin()).with(csrf()), page, "šo lietotāju")
			.andExpect(content().string(containsString("<option value=\"ADMIN\" selected=\"selected\"")));
		assertThat(this.jdbc.queryForObject("select role from app_user where id = ?", String.class, id))
			.isEqualTo("COORDINATOR");
	}

	@Test
	void aStaleEventShowsBothVersions() throws Exception {
		long presidency = id("select id from presidency where slug = 'cbss-2018-2019'");
		long id = this.jdbc.queryForObject("insert into event (key, presidency_id, start_date, end_date, type,"
				+ " status, title_lv, title_en, publication) values ('stale-edit-target', ?, date '2019-03-12',"
				+ " date '2019-03-13', 'MEETING', 'PLANNED', 'Novecojis', 'Stale target', 'DRAFT') returning id",
				Long.class, presidency);
		UserDetails coordinator = this.userDetails
			.loadUserByUsername(this.staff.account(StaffRole.COORDINATOR, null, null));
		String page = "/admin/events/" + id;
		StaffForms.Form form = StaffForms.read(this.mvc, page + "/edit", user(coordinator)).with("titleEn", TYPED);
		this.jdbc.update("update event set version = version + 1 where id = ?", id);
		this.mvc.perform(form.post(page).with(user(coordinator)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(
					allOf(containsString("Kāds cits šo pasākumu pa to laiku jau ir saglabājis"), containsString(TYPED),
							containsString("Stale target"), containsString("href=\"" + page + "/edit\""))));
		assertThat(this.jdbc.queryForObject("select title_en from event where id = ?", String.class, id))
			.isEqualTo("Stale target");
	}

	/**
	 * Opens the form, types into one field, lets the record's version rise, saves: the
	 * conflict page with what was typed, and nothing saved.
	 */
	private void staleSave(RequestPostProcessor who, String page, String table, long id, String field, String noun)
			throws Exception {
		StaffForms.Form form = StaffForms.read(this.mvc, page + "/edit", who).with(field, TYPED);
		this.jdbc.update("update " + table + " set version = version + 1 where id = ?", id);
		assertConflict(form.post(page).with(who).with(csrf()), page, noun)
			.andExpect(content().string(containsString(TYPED)));
		String column = field.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
		assertThat(this.jdbc.queryForObject("select " + column + " from " + table + " where id = ?", String.class, id))
			.isNotEqualTo(TYPED);
	}

	private org.springframework.test.web.servlet.ResultActions assertConflict(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String page,
			String noun) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Kāds cits pa to laiku ir mainījis " + noun),
					containsString("Atvērt saglabāto versiju"), containsString("href=\"" + page + "/edit\""))));
	}

	private long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private static RequestPostProcessor coordinator() {
		return user("coordinator").roles("COORDINATOR");
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

}
