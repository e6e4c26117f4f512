package lv.mfa.registry.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;

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
