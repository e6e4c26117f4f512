package lv.mfa.registry;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Across every public way out of the registry (pages, search, feeds, open data, the
 * report): drafts never leak, and what staff typed is shown as text, never run as markup.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class PublicSafetyTests {

	private static final String SLUG = "cbss-2018-2019";

	private static final String DRAFT_TITLE = "Melnraksta pasākums Zzqdraftmarker";

	private static final String SCRIPT_TITLE = "<script>alert('xss')</script> Zzqscriptmarker";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long draftEvent;

	long scriptEvent;

	long draftProject;

	@BeforeEach
	void records() {
		long presidency = this.jdbc.queryForObject("select id from presidency where slug = ?", Long.class, SLUG);
		this.draftEvent = event(presidency, "safety-draft", DRAFT_TITLE, "DRAFT");
		this.scriptEvent = event(presidency, "safety-script", SCRIPT_TITLE, "PUBLISHED");
		this.draftProject = this.jdbc.queryForObject("insert into project (key, title_lv, title_en, programme_id,"
				+ " status, presidency_id, publication) select 'safety-draft-project', 'Melnraksta projekts Zzqdraftmarker',"
				+ " 'Draft project Zzqdraftmarker', id, 'ONGOING', ?, 'DRAFT' from funding_programme where code = 'CBSS-PSF'"
				+ " returning id", Long.class, presidency);
	}

	private long event(long presidency, String key, String title, String publication) {
		return this.jdbc.queryForObject("insert into event (key, presidency_id, start_date, end_date, type, status,"
				+ " title_lv, title_en, results_lv, city_lv, country_code, publication) values (?, ?, date '2019-03-12',"
				+ " date '2019-03-12', 'MEETING', 'HELD', ?, ?, 'Rezultāti', 'Rīga', 'LV', ?) returning id", Long.class,
				key, presidency, title, title, publication);
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from event where key in ('safety-draft', 'safety-script')");
		this.jdbc.update("delete from project where key = 'safety-draft-project'");
	}

	/** The page's body, after checking that it is the page and not an error page. */
	private String body(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void draftsAppearNowhereInPublic() throws Exception {
		List<String> publicViews = List.of("/presidencies/" + SLUG, "/presidencies/" + SLUG + "/timeline",
				"/presidencies/" + SLUG + "/timeline?month=2019-03",
				"/presidencies/" + SLUG + "/timeline?q=Zzqdraftmarker", "/search?q=Zzqdraftmarker",
				"/presidencies/" + SLUG + "/events.ics", "/presidencies/" + SLUG + "/events.csv",
				"/presidencies/" + SLUG + "/events.json", "/presidencies/" + SLUG + "/projects.csv",
				"/presidencies/" + SLUG + "/projects.json", "/projects?q=Zzqdraftmarker", "/projects");
		for (String url : publicViews) {
			// Search boxes echo the query; the drafts' titles ("Melnraksta …") must not
			// appear.
			assertThat(body(url)).as(url).doesNotContain("Melnraksta");
		}
		// The published twin shows where the draft does not: the views above do list what
		// is published.
		assertThat(body("/presidencies/" + SLUG + "/timeline?month=2019-03")).contains("Zzqscriptmarker");
		this.mvc.perform(get("/events/{id}", this.draftEvent)).andExpect(status().isNotFound());
		this.mvc.perform(get("/events/{id}.ics", this.draftEvent)).andExpect(status().isNotFound());
		this.mvc.perform(get("/projects/{id}", this.draftProject)).andExpect(status().isNotFound());
		String report = this.mvc
			.perform(get("/admin/presidencies/{slug}/report.html", SLUG).with(user("c").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(report).doesNotContain("Melnraksta").contains("Zzqscriptmarker");
	}

	@Test
	void markupTypedByStaffComesBackEscaped() throws Exception {
		for (String url : List.of("/events/" + this.scriptEvent, "/presidencies/" + SLUG + "/timeline?month=2019-03",
				"/search?q=Zzqscriptmarker")) {
			String page = body(url);
			assertThat(page).as(url).contains("Zzqscriptmarker").doesNotContain("<script>alert");
			assertThat(page).as(url).contains("&lt;script&gt;");
		}
	}

}
