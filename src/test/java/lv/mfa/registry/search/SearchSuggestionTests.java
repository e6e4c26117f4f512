package lv.mfa.registry.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Did you mean" for a misspelt query, results grouped by type with counts and a type
 * filter, marks on whole words.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class SearchSuggestionTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aMisspeltWordGetsASuggestion() throws Exception {
		String html = page("/en/search?q=trafiking");
		assertThat(html).contains("Did you mean:").contains("<a href=\"/en/search?q=trafficking\">trafficking</a>");
		assertThat(page("/en/search?q=trafficking")).doesNotContain("Did you mean:");
	}

	@Test
	void resultsAreGroupedByTypeAndCanBeNarrowedToOne() throws Exception {
		String all = page("/en/search?q=riga");
		assertThat(all).contains("<h2 class=\"search-group\">Events (")
			.contains("href=\"/en/search?q=riga&amp;type=EVENT\"");
		int events = all.split("href=\"/en/events/", -1).length - 1;
		assertThat(events).isPositive();
		String projectsOnly = page("/en/search?q=youth&type=PROJECT");
		String results = projectsOnly.substring(projectsOnly.indexOf("class=\"search-group\""));
		assertThat(results).contains("href=\"/en/projects/").doesNotContain("href=\"/en/events/");
		assertThat(page("/en/search?q=riga&type=NONSENSE")).contains("<h2 class=\"search-group\">Events (");
	}

	@Test
	void marksCoverWholeWordsOnly() {
		assertThat(Highlighter.highlight("Rīgas pils un Sarīga", List.of("riga")))
			.containsExactly(new Highlighter.Segment("Rīgas", true), new Highlighter.Segment(" pils un Sarīga", false));
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
