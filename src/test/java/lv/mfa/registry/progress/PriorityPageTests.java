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
		String expected = (total > 0) ? (done * 100 / total) + " % done (" + done + " of " + total + " entries)"
				: "no measure";
		this.mvc.perform(get("/presidencies/cbss-2018-2019/priorities/1").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(title), containsString(expected),
					containsString("How progress is measured"))));
	}

	@Test
	void unknownPrioritiesAreNotFound() throws Exception {
		this.mvc.perform(get("/presidencies/cbss-2018-2019/priorities/99")).andExpect(status().isNotFound());
		this.mvc.perform(get("/presidencies/cbss-2018-2019/priorities/x")).andExpect(status().isNotFound());
		this.mvc.perform(get("/presidencies/cbss-2019-2020/priorities/1")).andExpect(status().isNotFound());
	}

}
