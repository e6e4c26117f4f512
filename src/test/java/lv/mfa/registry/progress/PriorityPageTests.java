package lv.mfa.registry.progress;

import java.util.Map;

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
 * A priority's page: goal, tasks with their entries, the progress measure and how it is
 * computed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class PriorityPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void showsTasksEntriesAndTheProgressMeasure() throws Exception {
		Map<String, Object> counts = this.jdbc.queryForMap("select count(*) filter (where e.kind = 'DONE') as done,"
				+ " count(*) as total from task_progress e join priority_task t on t.id = e.task_id"
				+ " join priority p on p.id = t.priority_id join presidency s on s.id = p.presidency_id"
				+ " where s.slug = 'cbss-2018-2019' and p.number = 1");
		long done = (Long) counts.get("done");
		long total = (Long) counts.get("total");
		String title = this.jdbc.queryForObject("select p.title_en from priority p join presidency s on"
				+ " s.id = p.presidency_id where s.slug = 'cbss-2018-2019' and p.number = 1", String.class);
		String expected = (total > 0)
				? new Progress(done, total - done).percent() + "% done (" + done + " of " + total + " entries)"
				: "no measure";
		this.mvc.perform(get("/en/presidencies/cbss-2018-2019/priorities/1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(title), containsString(expected),
					containsString("How progress is measured"))));
	}

	/**
	 * Entries say their date as the source gave it, in the visitor's language: undated, a
	 * month, a range of days, a year, a season.
	 */
	@Test
	void entriesSayTheirDateAsGiven() throws Exception {
		this.mvc.perform(get("/lv/presidencies/cbss-2018-2019/priorities/1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<span>pastāvīgi</span>:"),
					containsString("<time datetime=\"2018-11\">2018. gada novembrī</time>:"),
					containsString("<time datetime=\"2018-09-26\">2018. gada 26.–27. septembrī</time>:"),
					containsString("<time datetime=\"2019\">2019. gadā</time>:"),
					containsString("<span>2019. gada rudenī</span>:"))));
		this.mvc.perform(get("/en/presidencies/cbss-2018-2019/priorities/1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<span>ongoing</span>:"),
					containsString("<time datetime=\"2018-11\">in November 2018</time>:"),
					containsString("<time datetime=\"2018-09-26\">26–27 September 2018</time>:"),
					containsString("<time datetime=\"2019\">in 2019</time>:"),
					containsString("<span>in autumn 2019</span>:"))));
	}

	/**
	 * The two periods the source names without a precision of their own: several years
	 * ("2019.-2020.gadā", the German and Polish presidency) and a named period of months
	 * ("Dānijas prezidentūras laikā", July 2019 to June 2020).
	 */
	@Test
	void periodsOfSeveralYearsOrMonthsAreSaidAsGiven() throws Exception {
		this.mvc.perform(get("/lv/presidencies/cbss-2018-2019/priorities/1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span>2019.–2020. gadā</span>:")));
		this.mvc.perform(get("/en/presidencies/cbss-2018-2019/priorities/1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span>in 2019–2020</span>:")));
		this.mvc.perform(get("/lv/presidencies/cbss-2018-2019/priorities/3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span>no 2019. gada jūlija līdz 2020. gada jūnijam</span>:")));
		this.mvc.perform(get("/en/presidencies/cbss-2018-2019/priorities/3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span>from July 2019 to June 2020</span>:")));
	}

	@Test
	void unknownPrioritiesAreNotFound() throws Exception {
		this.mvc.perform(get("/presidencies/cbss-2018-2019/priorities/99")).andExpect(status().isNotFound());
		this.mvc.perform(get("/presidencies/cbss-2018-2019/priorities/x")).andExpect(status().isNotFound());
		this.mvc.perform(get("/presidencies/cbss-2019-2020/priorities/1")).andExpect(status().isNotFound());
	}

	@Test
	void listsTheFirstEventsAndCountsThemAll() throws Exception {
		long presidency = this.jdbc.queryForObject("select id from presidency where slug = 'cbss-2018-2019'",
				Long.class);
		long priority = this.jdbc.queryForObject("select id from priority where presidency_id = ? and number = 2",
				Long.class, presidency);
		try {
			this.jdbc.update("""
					insert into event (key, presidency_id, start_date, end_date, type, status, title_lv, title_en,
					                   priority_id, publication)
					select 'priority-page-' || g, ?, date '2019-06-01', date '2019-06-01', 'MEETING', 'HELD',
					       'Prioritātes lapas sanāksme ' || g, 'Priority page meeting ' || g, ?, 'PUBLISHED'
					from generate_series(1, ?) g
					""", presidency, priority, ProgressService.PAGE_EVENTS + 5);
			long published = this.jdbc.queryForObject(
					"select count(*) from event where priority_id = ? and publication = 'PUBLISHED'", Long.class,
					priority);
			String body = this.mvc.perform(get("/en/presidencies/cbss-2018-2019/priorities/2"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body)
				.contains("The first " + ProgressService.PAGE_EVENTS + " are listed; events in all: " + published)
				.contains("/presidencies/cbss-2018-2019/timeline?priority=2");
			assertThat(body.split("href=\"/en/events/", -1)).as("event links").hasSize(ProgressService.PAGE_EVENTS + 1);
		}
		finally {
			this.jdbc.update("delete from event where key like 'priority-page-%'");
		}
	}

}
