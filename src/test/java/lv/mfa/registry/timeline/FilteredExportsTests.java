package lv.mfa.registry.timeline;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

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
 * The downloads under the timeline follow its filters: the links carry the same query
 * string, and the calendar, CSV and JSON hold exactly the events the filtered timeline
 * counts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class FilteredExportsTests {

	static final String SLUG = "/presidencies/cbss-2018-2019";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper objectMapper;

	@Test
	void theTimelinesLinksCarryItsFilters() throws Exception {
		String html = text("/en" + SLUG + "/timeline?priority=1&type=MEETING&page=1");
		assertThat(html).contains("href=\"" + SLUG + "/events.csv?priority=1&amp;type=MEETING\"")
			.contains("href=\"" + SLUG + "/events.json?priority=1&amp;type=MEETING\"")
			.contains("href=\"" + SLUG + "/events.ics?priority=1&amp;type=MEETING&amp;lang=en\"")
			.contains("href=\"webcal://localhost" + SLUG + "/events.ics?priority=1&amp;type=MEETING&amp;lang=en\"");
	}

	@Test
	void downloadsHoldWhatTheFilteredTimelineShows() throws Exception {
		long all = count("");
		long priorityOne = count(" and p.number = 1");
		long meetingsOfPriorityOne = count(" and p.number = 1 and e.type = 'MEETING'");
		assertThat(priorityOne).isPositive().isLessThan(all);

		assertThat(this.objectMapper.readTree(bytes(SLUG + "/events.json?priority=1")).size())
			.isEqualTo((int) priorityOne);
		assertThat(this.objectMapper.readTree(bytes(SLUG + "/events.json?priority=1&type=MEETING")).size())
			.isEqualTo((int) meetingsOfPriorityOne);
		String csv = new String(bytes(SLUG + "/events.csv?priority=1"), StandardCharsets.UTF_8);
		assertThat(csv.split("\r\n")).hasSize((int) priorityOne + 1);
		String ics = text(SLUG + "/events.ics?priority=1");
		assertThat(ics.split("BEGIN:VEVENT", -1).length - 1).isEqualTo((int) priorityOne);
		// A filter it cannot understand is ignored, as on the timeline.
		assertThat(this.objectMapper.readTree(bytes(SLUG + "/events.json?priority=99&month=2019-13")).size())
			.isEqualTo((int) all);
	}

	private long count(String condition) {
		return this.jdbc.queryForObject("select count(*) from event e join presidency s on s.id = e.presidency_id"
				+ " left join priority p on p.id = e.priority_id where s.slug = 'cbss-2018-2019'"
				+ " and e.publication = 'PUBLISHED'" + condition, Long.class);
	}

	private byte[] bytes(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private String text(String path) throws Exception {
		return new String(bytes(path), StandardCharsets.UTF_8);
	}

}
