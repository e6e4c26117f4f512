package lv.mfa.registry.report;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report page for coordinators: a preview in the site's layout, download links, the
 * pre-export checks, clear messages for a bad range, and no access for others.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class ReportPageTests {

	private static final String REPORT = "/admin/presidencies/cbss-2018-2019/report";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private long eventId(String key) {
		return this.jdbc.queryForObject("select id from event where key = ?", Long.class, key);
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void previewShowsTheReportDownloadsAndWarnings() throws Exception {
		this.mvc.perform(get(REPORT))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"lv\">"),
					containsString("<span>Informatīvais ziņojums</span>"),
					containsString("Latvijas prezidentūrā Baltijas jūras valstu padomē (BJVP) no 2018. gada 1. jūlija"
							+ " līdz 2019. gada 30. jūnijam"),
					containsString("href=\"/admin/presidencies/cbss-2018-2019/report.pdf?lang=lv\""),
					containsString("href=\"/admin/presidencies/cbss-2018-2019/report.docx?lang=en\""),
					containsString("href=\"/admin/presidencies/cbss-2018-2019/report.html?lang=lv\""),
					containsString("<th scope=\"col\">Laiks, norises vieta</th>"), containsString("<caption>"),
					containsString("Pasākums datēts ārpus prezidentūras perioda"),
					containsString("26.06.2018 – Seminārs Ārlietu ministrijā"), containsString("(cbss-2018-2019-01)"),
					containsString("27.09.2019"), containsString("(cbss-2018-2019-10)"),
					containsString("href=\"/admin/events/" + eventId("cbss-2018-2019-01") + "/edit\""),
					containsString("6. Latvijas prezidentūras BJVP ietvaros īstenotie pasākumi"))));
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void downloadingTheEnglishReportLeavesThePagesInTheCoordinatorsLanguage() throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get(REPORT + ".html").param("lang", "en").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"en\"")));
		this.mvc.perform(get(REPORT).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"lv\">")));
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void englishPreviewListsTextsMissingInEnglish() throws Exception {
		Long presidencyId = this.jdbc.queryForObject("select id from presidency where slug = 'cbss-2018-2019'",
				Long.class);
		this.jdbc.update("insert into event (key, presidency_id, start_date, end_date, type, status, title_lv,"
				+ " results_lv, city_lv, publication) values ('report-missing-english', ?, date '2019-02-02',"
				+ " date '2019-02-02', 'MEETING', 'HELD', 'Tikai latviski nosaukts pasākums', 'Rezultāti',"
				+ " 'Cēsis', 'PUBLISHED')", presidencyId);
		try {
			this.mvc.perform(get(REPORT).param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content()
					.string(allOf(containsString("<html lang=\"en\">"), containsString("Texts missing in English"),
							containsString("Title of the event"), containsString("Results and benefits of the event"),
							containsString("02.02.2019 – Tikai latviski nosaukts pasākums (report-missing-english)"),
							// The preview shows the Latvian text, marked as Latvian.
							containsString("<span lang=\"lv\">Tikai latviski nosaukts pasākums</span>"),
							containsString("Events held during Latvia’s CBSS presidency"))));
		}
		finally {
			this.jdbc.update("delete from event where key = 'report-missing-english'");
		}
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void badDatesGetAClearMessage() throws Exception {
		this.mvc.perform(get(REPORT).param("from", "2018-13-01"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Datums “2018-13-01” nav derīgs"), not(containsString("Exception")))));
		this.mvc.perform(get(REPORT).param("from", "2019-01-01").param("to", "2018-01-01").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The end of the period cannot be before its start.")));
		this.mvc.perform(get(REPORT + ".pdf").param("lang", "lv").param("to", "soon"))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(allOf(containsString("Datums “soon” nav derīgs"), not(containsString("Exception")))));
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void aRangeIsKeptInTheDownloadLinks() throws Exception {
		this.mvc.perform(get(REPORT).param("from", "2018-10-01").param("to", "2018-12-31"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("report.pdf?lang=lv&amp;from=2018-10-01&amp;to=2018-12-31"),
							containsString("no 2018. gada 1. oktobra līdz 2018. gada 31. decembrim"))));
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void htmlDownloadIsTheStandaloneDocument() throws Exception {
		this.mvc.perform(get(REPORT + ".html").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("cbss-2018-2019-report-en.html")))
			.andExpect(content().string(allOf(containsString("<html lang=\"en\">"),
					containsString("<title>Informative report “On the measures implemented"), containsString("<thead>"),
					containsString("Date, place"), not(containsString("site-header")))));
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void unknownPresidenciesAreNotFoundDraftsArePreviewedAsDrafts() throws Exception {
		this.mvc.perform(get("/admin/presidencies/no-such-thing/report")).andExpect(status().isNotFound());
		// Issue 8: a draft presidency's report is previewed, marked
		// (DraftReportPreviewTests).
		this.mvc.perform(get("/admin/presidencies/cbss-2019-2020/report"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Melnraksts – prezidentūra nav publicēta")));
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get(REPORT)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get(REPORT + ".pdf")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/presidencies/cbss-2018-2019/progress-report.docx"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editorsMayNotSeeReports() throws Exception {
		this.mvc.perform(get(REPORT)).andExpect(status().isForbidden());
		this.mvc.perform(get(REPORT + ".pdf")).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/presidencies/cbss-2018-2019/progress-report")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void adminsMaySeeReports() throws Exception {
		this.mvc
			.perform(get("/admin/presidencies/cbss-2018-2019/progress-report").param("lang", "lv")
				.param("asOf", "2018-12-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Pusgada progresa ziņojums"),
					containsString("name=\"asOf\" type=\"date\" value=\"2018-12-31\""), containsString("stāvoklis"),
					containsString("<th scope=\"col\">Uzdevumi</th>"),
					containsString("<th scope=\"col\">Paveiktais / plānotais</th>"), containsString("Mērķis:"))));
	}

}
