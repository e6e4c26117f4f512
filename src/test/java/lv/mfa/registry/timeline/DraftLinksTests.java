package lv.mfa.registry.timeline;

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

import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.shared.cache.PublicPageCache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A published event that links to a draft working group or a draft project does not name
 * them anywhere in public (their own pages answer 404); once they are published, it does.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class DraftLinksTests {

	private static final String SLUG = "cbss-2018-2019";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublicPageCache cache;

	long event;

	@BeforeEach
	void records() {
		long presidency = this.jdbc.queryForObject("select id from presidency where slug = ?", Long.class, SLUG);
		long group = this.jdbc.queryForObject("insert into working_group (code, kind, name_lv, name_en, publication)"
				+ " values ('ZZQ-DRAFT-WG', 'TASK_FORCE', 'Melnraksta grupa Zzqwgmarker', 'Draft group Zzqwgmarker',"
				+ " 'DRAFT') returning id", Long.class);
		long project = this.jdbc.queryForObject("insert into project (key, title_lv, title_en, programme_id,"
				+ " status, presidency_id, publication) select 'draft-link-project', 'Melnraksta projekts Zzqprmarker',"
				+ " 'Draft project Zzqprmarker', id, 'ONGOING', ?, 'DRAFT' from funding_programme where code = 'CBSS-PSF'"
				+ " returning id", Long.class, presidency);
		this.event = this.jdbc.queryForObject("insert into event (key, presidency_id, start_date, end_date, type,"
				+ " status, title_lv, title_en, results_lv, city_lv, country_code, publication, working_group_id,"
				+ " project_id) values ('draft-links', ?, date '2019-03-13', date '2019-03-13', 'MEETING', 'HELD',"
				+ " 'Publisks pasākums Zzqlinkmarker', 'Public event Zzqlinkmarker', 'Rezultāti', 'Rīga', 'LV',"
				+ " 'PUBLISHED', ?, ?) returning id", Long.class, presidency, group, project);
		this.cache.evictAll();
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from event where key = 'draft-links'");
		this.jdbc.update("delete from project where key = 'draft-link-project'");
		this.jdbc.update("delete from working_group where code = 'ZZQ-DRAFT-WG'");
		this.cache.evictAll();
	}

	private String body(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private List<String> views() {
		String base = "/presidencies/" + SLUG;
		return List.of("/events/" + this.event, "/events/" + this.event + ".ics", base + "/timeline?month=2019-03",
				base + "/timeline", base + "/events.csv", base + "/events.json", base + "/events.ics");
	}

	@Test
	void draftGroupsAndProjectsAreNotNamedThroughPublishedEvents() throws Exception {
		for (String url : views()) {
			assertThat(body(url)).as(url)
				.doesNotContain("Zzqwgmarker")
				.doesNotContain("ZZQ-DRAFT-WG")
				.doesNotContain("Zzqprmarker");
		}
		assertThat(body("/events/" + this.event)).contains("Zzqlinkmarker");
		assertThat(body("/presidencies/" + SLUG + "/events.csv")).contains("Zzqlinkmarker");
		// Filtering by the draft group's code finds nothing rather than counting its
		// events.
		assertThat(body("/presidencies/" + SLUG + "/timeline?wg=ZZQ-DRAFT-WG")).doesNotContain("Zzqlinkmarker");
	}

	@Test
	void oncePublishedTheyAreNamed() throws Exception {
		this.jdbc.update("update working_group set publication = 'PUBLISHED' where code = 'ZZQ-DRAFT-WG'");
		this.jdbc.update("update project set publication = 'PUBLISHED' where key = 'draft-link-project'");
		this.cache.evictAll();
		assertThat(body("/events/" + this.event)).contains("Zzqwgmarker", "Zzqprmarker");
		assertThat(body("/presidencies/" + SLUG + "/timeline?month=2019-03")).contains("ZZQ-DRAFT-WG");
		assertThat(body("/presidencies/" + SLUG + "/events.csv")).contains("ZZQ-DRAFT-WG");
	}

}
