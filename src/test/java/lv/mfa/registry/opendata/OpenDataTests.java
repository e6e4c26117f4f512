package lv.mfa.registry.opendata;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** CSV and JSON downloads of a presidency's events and projects. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class OpenDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper objectMapper;

	private byte[] fetch(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private List<String> eventTitles() {
		return this.jdbc.queryForList("select e.title_lv from event e join presidency p on p.id = e.presidency_id"
				+ " where p.slug = 'cbss-2018-2019' and e.publication = 'PUBLISHED'"
				+ " order by e.start_date, e.end_date, e.id", String.class);
	}

	@Test
	void eventsCsvHasABomAHeaderAndOneRowPerEvent() throws Exception {
		byte[] body = fetch("/presidencies/cbss-2018-2019/events.csv");
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(body, StandardCharsets.UTF_8).substring(1);
		assertThat(text).startsWith("id,key,start,end,datePrecision,titleLv,titleEn,").endsWith("\r\n");
		List<String> titles = eventTitles();
		for (String title : titles) {
			assertThat(text).contains(
					title.contains(",") || title.contains("\"") ? "\"" + title.replace("\"", "\"\"") + "\"" : title);
		}
		assertThat(text).contains("Rīga");
	}

	@Test
	void eventsJsonHoldsEveryPublishedEvent() throws Exception {
		JsonNode events = this.objectMapper.readTree(fetch("/presidencies/cbss-2018-2019/events.json"));
		List<String> titles = eventTitles();
		assertThat(events.size()).isEqualTo(titles.size());
		assertThat(events.get(0).get("titleLv").asString()).isEqualTo(titles.get(0));
		assertThat(events.get(0).get("start").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
		// The span and how precisely it is known travel together.
		assertThat(events.get(0).get("datePrecision").asString()).isIn("DAY", "DAYS");
	}

	@Test
	void projectsCsvAndJson() throws Exception {
		long projects = this.jdbc.queryForObject(
				"select count(*) from project p join presidency s on"
						+ " s.id = p.presidency_id where s.slug = 'cbss-2018-2019' and p.publication = 'PUBLISHED'",
				Long.class);
		JsonNode json = this.objectMapper.readTree(fetch("/presidencies/cbss-2018-2019/projects.json"));
		assertThat(json.size()).isEqualTo((int) projects);
		String csv = new String(fetch("/presidencies/cbss-2018-2019/projects.csv"), StandardCharsets.UTF_8);
		assertThat(csv.split("\r\n")).hasSize((int) projects + 1);
		this.mvc.perform(get("/presidencies/cbss-2019-2020/projects.csv")).andExpect(status().isNotFound());
	}

	@Test
	void csvQuotesAndDefusesFormulas() {
		assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
		assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(Csv.field("=1+1")).isEqualTo("'=1+1");
		assertThat(Csv.field(-5)).isEqualTo("-5");
	}

}
