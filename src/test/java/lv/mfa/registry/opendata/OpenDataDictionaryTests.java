package lv.mfa.registry.opendata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

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
 * The CSV and the JSON name their columns the same way, carry the results, and the data
 * dictionary page explains every column in both languages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class OpenDataDictionaryTests {

	static final String SLUG = "/presidencies/cbss-2018-2019";

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper objectMapper;

	@Test
	void csvColumnsAreTheJsonFieldsAndIncludeResults() throws Exception {
		String csv = new String(fetch(SLUG + "/events.csv"), StandardCharsets.UTF_8).substring(1);
		List<String> header = List.of(csv.substring(0, csv.indexOf("\r\n")).split(","));
		JsonNode first = this.objectMapper.readTree(fetch(SLUG + "/events.json")).get(0);
		List<String> fields = new ArrayList<>();
		for (var property : first.properties()) {
			fields.add(property.getKey());
		}
		assertThat(header).containsExactlyElementsOf(fields).contains("resultsLv", "resultsEn");
		String projects = new String(fetch(SLUG + "/projects.csv"), StandardCharsets.UTF_8).substring(1);
		assertThat(projects).startsWith("id,key,titleLv,titleEn,acronym,startYear,endYear,");
	}

	@Test
	void theDictionaryExplainsEveryColumnInBothLanguages() throws Exception {
		for (String lang : List.of("lv", "en")) {
			String html = this.mvc.perform(get("/" + lang + "/open-data"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			for (String column : OpenDataRecords.EventRecord.COLUMNS) {
				assertThat(html).as(lang + " " + column).contains("<code>" + column + "</code>");
			}
			for (String column : OpenDataRecords.ProjectRecord.COLUMNS) {
				assertThat(html).as(lang + " " + column).contains("<code>" + column + "</code>");
			}
			assertThat(html).doesNotContain("??").doesNotContain("opendata.");
		}
		assertThat(this.mvc.perform(get("/en/open-data")).andReturn().getResponse().getContentAsString())
			.contains("Results in English.");
	}

	private byte[] fetch(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

}
