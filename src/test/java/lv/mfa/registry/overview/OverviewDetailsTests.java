package lv.mfa.registry.overview;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The richer overview: progress per priority, the events chart, recent events, chaired
 * groups, projects.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class OverviewDetailsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void showsProgressChartRecentEventsAndProjects() throws Exception {
		String html = this.mvc.perform(get("/en/presidencies/cbss-2018-2019"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<svg"), containsString("Events per month by priority"),
					containsString("How progress is measured"), containsString("Recent events"),
					containsString("/presidencies/cbss-2018-2019/priorities/1"),
					containsString("/presidencies/cbss-2018-2019/timeline"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// Every month an event's span meets has a row; a year has one for the events
		// known only by it.
		long months = this.jdbc.queryForObject("select count(distinct case when e.date_precision in ('YEAR', 'YEARS')"
				+ " then to_char(m, 'YYYY') else to_char(m, 'YYYY-MM') end) from event e join presidency p"
				+ " on p.id = e.presidency_id join generate_series(timestamp '2000-01-01', timestamp '2040-12-01',"
				+ " interval '1 month') m on m <= e.end_date and m + interval '1 month' > e.start_date"
				+ " where p.slug = 'cbss-2018-2019' and e.publication = 'PUBLISHED'", Long.class);
		assertThat(html.split("<th scope=\"row\" ", -1).length - 1).as("months with events in the chart's table")
			.isEqualTo((int) months);
		long chaired = this.jdbc.queryForObject("select count(*) from working_group_role r join presidency p"
				+ " on p.id = r.presidency_id where p.slug = 'cbss-2018-2019' and r.chaired", Long.class);
		if (chaired > 0) {
			// Each working group once, in the table, its chaired ones marked.
			assertThat(html).contains("data-label=\"Chaired by the presidency\">Yes</td>")
				.doesNotContain("Working groups chaired by the presidency");
		}
	}

}
