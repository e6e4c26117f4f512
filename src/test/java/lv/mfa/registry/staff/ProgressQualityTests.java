package lv.mfa.registry.staff;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.StaffFixtures;
import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.security.StaffRole;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The data-quality warnings cover progress entries: dated outside the presidency's
 * period, still planned after their date, a text in one language only; each links to the
 * entry's form.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class ProgressQualityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	private StaffFixtures staff;

	private long outside;

	private long stale;

	@BeforeEach
	void entries() {
		this.staff = new StaffFixtures(this.context, "quality");
		Long task = this.jdbc.queryForObject("select t.id from priority_task t join priority p on p.id = t.priority_id"
				+ " join presidency s on s.id = p.presidency_id where s.slug = 'cbss-2018-2019'"
				+ " order by p.number, t.position limit 1", Long.class);
		this.outside = insert(task, "2031-03-01", "DONE", "Ārpus perioda probe", "Outside the period probe");
		this.stale = insert(task, "2018-11-20", "PLANNED", "Vēl plānots probe", null);
	}

	@AfterEach
	void delete() {
		this.jdbc.update("delete from task_progress where id in (?, ?)", this.outside, this.stale);
		this.staff.deleteAll();
	}

	@Test
	void theDashboardNamesProgressEntriesToCheckWithLinksToTheirForms() throws Exception {
		UserDetails coordinator = this.staff.signIn(StaffRole.COORDINATOR);
		this.mvc.perform(get("/admin").with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Pārbaudāmie progresa ieraksti"),
					containsString("href=\"/admin/progress/" + this.outside + "/edit\""),
					containsString("href=\"/admin/progress/" + this.stale + "/edit\""),
					containsString("cbss-2018-2019, 1. prioritāte: Vēl plānots probe"))));
		String body = this.mvc.perform(get("/admin").with(user(coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(rowsOf(body, this.outside))
			.containsExactly("warning--outside_period");
		org.assertj.core.api.Assertions.assertThat(rowsOf(body, this.stale))
			.containsExactlyInAnyOrder("warning--missing_english", "warning--planned_in_past");
	}

	/** The warning classes of the rows linking to one entry. */
	private static java.util.List<String> rowsOf(String body, long id) {
		java.util.List<String> kinds = new java.util.ArrayList<>();
		java.util.regex.Matcher row = java.util.regex.Pattern
			.compile("<tr class=\"warning (warning--[a-z_]+)\">(?:(?!</tr>).)*?/admin/progress/" + id + "/edit\"",
					java.util.regex.Pattern.DOTALL)
			.matcher(body);
		while (row.find()) {
			kinds.add(row.group(1));
		}
		return kinds;
	}

	private long insert(Long task, String date, String kind, String lv, String en) {
		this.jdbc.update(
				"insert into task_progress (task_id, entry_date, entry_end, kind, text_lv, text_en, position)"
						+ " values (?, ?::date, ?::date, ?, ?, ?,"
						+ " (select coalesce(max(position), -1) + 1 from task_progress where task_id = ?))",
				task, date, date, kind, lv, en, task);
		return this.jdbc.queryForObject("select max(id) from task_progress where text_lv = ?", Long.class, lv);
	}

}
