package lv.mfa.registry.catalogue;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the catalogue shows: countries by name, cards without a stray separator or the
 * "other or not stated" programme, a working group's projects only those its events
 * belong to.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class CatalogueWordingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void partnerCountriesAreSortedByNameInTheVisitorsLanguage() throws Exception {
		for (String lang : List.of("lv", "en")) {
			String html = this.mvc.perform(get("/" + lang + "/projects"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String select = html.substring(html.indexOf("<select id=\"filter-country\""));
			select = select.substring(0, select.indexOf("</select>"));
			List<String> names = new ArrayList<>();
			Matcher option = Pattern.compile("<option value=\"[A-Z]{2}\"[^>]*>([^<(]+) \\(").matcher(select);
			while (option.find()) {
				names.add(option.group(1));
			}
			assertThat(names).as(lang).hasSizeGreaterThan(2);
			Collator collator = Collator.getInstance(Locale.forLanguageTag(lang));
			assertThat(names).as(lang).isSortedAccordingTo(collator::compare);
			String cards = html.substring(html.indexOf("<ul class=\"card-list\""));
			assertThat(cards).as("cards name no placeholder programme nor start with a separator")
				.doesNotContain("Cits vai nav norādīts")
				.doesNotContain("Other or not stated")
				.doesNotContain("<p class=\"meta meta-list\">\n\t\t\t\t\t·");
		}
	}

	@Test
	void aWorkingGroupsProjectsAreThoseItsEventsBelongTo() throws Exception {
		for (String code : this.jdbc.queryForList(
				"select code from working_group where publication = 'PUBLISHED' order by code", String.class)) {
			List<String> expected = this.jdbc.queryForList("select distinct p.title_en from project p join event e"
					+ " on e.project_id = p.id join working_group w on w.id = e.working_group_id where w.code = ?"
					+ " and p.publication = 'PUBLISHED'", String.class, code);
			List<String> all = this.jdbc.queryForList("select title_en from project where publication = 'PUBLISHED'",
					String.class);
			String html = this.mvc.perform(get("/en/working-groups/" + code))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			for (String title : all) {
				if (expected.contains(title)) {
					assertThat(html).as(code).contains(title);
				}
				else {
					assertThat(html).as(code).doesNotContain(">" + title + "</");
				}
			}
		}
	}

}
