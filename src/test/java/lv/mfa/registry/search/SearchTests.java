package lv.mfa.registry.search;

import java.util.List;
import java.util.Map;

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
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Search over both languages, without diacritics, ranked and highlighted, escaped. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class SearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublicPageCache pages;

	@Test
	void findsLatvianTextWithoutDiacritics() throws Exception {
		List<String> titles = this.jdbc.queryForList("select title_lv from event where publication = 'PUBLISHED'"
				+ " and title_lv ilike '%cilvēku tirdzniecīb%' order by id", String.class);
		assertThat(titles).isNotEmpty();
		String html = this.mvc.perform(get("/search").param("q", "cilveku tirdznieciba"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<mark>cilvēku</mark>").contains("<mark>tirdzniecība");
		for (String title : titles) {
			assertThat(html)
				.contains(org.springframework.web.util.HtmlUtils.htmlEscape(title.substring(0, 10), "UTF-8"));
		}
	}

	@Test
	void findsEnglishAndPlaceNames() throws Exception {
		this.mvc.perform(get("/en/search").param("q", "trafficking"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<mark>trafficking</mark>"), containsString("Event"),
					containsString("Working group"))));
		this.mvc.perform(get("/en/search").param("q", "riga"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>Riga</mark>")));
		this.mvc.perform(get("/search").param("q", "riga"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>Rīga</mark>")));
	}

	@Test
	void findsAPriorityByItsTextsBeforeAndAfterItsTasksWhilePublished() throws Exception {
		long priority = this.jdbc.queryForObject("select r.id from priority r join presidency s"
				+ " on s.id = r.presidency_id where s.slug = 'cbss-2018-2019' and r.number = 1", Long.class);
		Map<String, Object> before = this.jdbc
			.queryForMap("select before_tasks_lv, after_tasks_en from priority where id = ?", priority);
		String link = "href=\"/en/presidencies/cbss-2018-2019/priorities/1\"";
		try {
			this.jdbc.update("update priority set before_tasks_lv = 'Ievadā **zilonkaulkrasta** piemērs',"
					+ " after_tasks_en = 'Closing words on xylophonists' where id = ?", priority);
			assertThat(search("zilonkaulkrasta")).contains(link).contains("<mark>zilonkaulkrasta</mark>");
			assertThat(search("xylophonists")).contains(link).contains("<mark>xylophonists</mark>");
			// A misspelt word of these texts is suggested too.
			assertThat(search("xylofonists")).contains("xylophonists");

			this.jdbc.update("update presidency set publication = 'DRAFT' where slug = 'cbss-2018-2019'");
			this.pages.evictAll();
			assertThat(search("zilonkaulkrasta")).doesNotContain(link).doesNotContain("zilonkaulkrasta</mark>");
		}
		finally {
			this.jdbc.update("update presidency set publication = 'PUBLISHED' where slug = 'cbss-2018-2019'");
			this.jdbc.update("update priority set before_tasks_lv = ?, after_tasks_en = ? where id = ?",
					before.get("before_tasks_lv"), before.get("after_tasks_en"), priority);
		}
	}

	private String search(String query) throws Exception {
		return this.mvc.perform(get("/en/search").param("q", query))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void escapesTheQueryAndCopesWithOddInput() throws Exception {
		this.mvc.perform(get("/search").param("q", "<script>alert(1)</script> & | ! :*"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("<script>alert")), containsString("&lt;script&gt;"))));
		this.mvc.perform(get("/search").param("q", "'\"\\%_")).andExpect(status().isOk());
		this.mvc.perform(get("/search")).andExpect(status().isOk());
	}

	@Test
	void highlighterMarksFoldedMatches() {
		assertThat(Highlighter.highlight("Rīgā un Rīga", Highlighter.words("riga")))
			.extracting(Highlighter.Segment::text)
			.containsExactly("Rīgā", " un ", "Rīga");
		assertThat(Highlighter.fold("Cilvēku TIRDZNIECĪBA")).isEqualTo("cilveku tirdznieciba");
	}

}
