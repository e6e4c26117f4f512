package lv.mfa.registry.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.security.AppUser;
import lv.mfa.registry.security.AppUserRepository;
import lv.mfa.registry.security.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The data-quality warnings cover a priority's texts (title, goal, narrative, the texts
 * before and after its task table) and its tasks' titles present in one language only;
 * each links to the place on the priority's form to fix it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class PriorityQualityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AppUserRepository users;

	@Autowired
	UserDetailsService userDetails;

	private String username;

	private long priority;

	private long task;

	private Map<String, Object> saved;

	@BeforeEach
	void setUp() {
		this.username = "quality-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.save(new AppUser(this.username, "{noop}" + UUID.randomUUID(), StaffRole.COORDINATOR, null));
		this.priority = this.jdbc.queryForObject("select r.id from priority r join presidency s"
				+ " on s.id = r.presidency_id where s.slug = 'cbss-2018-2019' and r.number = 1", Long.class);
		this.task = this.jdbc.queryForObject(
				"select id from priority_task where priority_id = ? order by position limit 1", Long.class,
				this.priority);
		this.saved = this.jdbc.queryForMap("select r.title_lv, r.title_en, r.goal_lv, r.goal_en, r.narrative_lv,"
				+ " r.narrative_en, r.before_tasks_lv, r.before_tasks_en, r.after_tasks_lv, r.after_tasks_en,"
				+ " t.title_lv as task_lv, t.title_en as task_en from priority r join priority_task t"
				+ " on t.priority_id = r.id where t.id = ?", this.task);
	}

	@AfterEach
	void restore() {
		this.jdbc.update(
				"update priority set title_lv = ?, title_en = ?, goal_lv = ?, goal_en = ?,"
						+ " narrative_lv = ?, narrative_en = ?, before_tasks_lv = ?, before_tasks_en = ?,"
						+ " after_tasks_lv = ?, after_tasks_en = ? where id = ?",
				this.saved.get("title_lv"), this.saved.get("title_en"), this.saved.get("goal_lv"),
				this.saved.get("goal_en"), this.saved.get("narrative_lv"), this.saved.get("narrative_en"),
				this.saved.get("before_tasks_lv"), this.saved.get("before_tasks_en"), this.saved.get("after_tasks_lv"),
				this.saved.get("after_tasks_en"), this.priority);
		this.jdbc.update("update priority_task set title_lv = ?, title_en = ? where id = ?", this.saved.get("task_lv"),
				this.saved.get("task_en"), this.task);
		this.users.findByUsername(this.username).ifPresent(this.users::delete);
	}

	@Test
	void theDashboardNamesPriorityTextsInOneLanguageWithLinksToTheirFields() throws Exception {
		// Every text in both languages first: no warning about this priority.
		this.jdbc.update(
				"update priority set title_lv = 'Nosaukums', title_en = 'Title', goal_lv = 'Mērķis',"
						+ " goal_en = 'Goal', narrative_lv = null, narrative_en = null, before_tasks_lv = 'Pirms',"
						+ " before_tasks_en = 'Before', after_tasks_lv = null, after_tasks_en = null where id = ?",
				this.priority);
		this.jdbc.update("update priority_task set title_lv = 'Uzdevums', title_en = 'Task' where id = ?", this.task);
		assertThat(warnings(dashboard())).isEmpty();

		this.jdbc.update("update priority set before_tasks_en = ' ', after_tasks_en = 'Only in English',"
				+ " goal_lv = null where id = ?", this.priority);
		this.jdbc.update("update priority_task set title_en = null where id = ?", this.task);
		String body = dashboard();
		assertThat(body).contains("Pārbaudāmās prioritātes (")
			.contains("cbss-2018-2019, 1. prioritāte: teksts pirms uzdevumu tabulas")
			.contains("cbss-2018-2019, 1. prioritāte: teksts pēc uzdevumu tabulas")
			.contains("cbss-2018-2019, 1. prioritāte: mērķis")
			.contains("cbss-2018-2019, 1. prioritāte: uzdevuma nosaukums");
		assertThat(warnings(body)).containsExactlyInAnyOrder("warning--missing_latvian goalLv",
				"warning--missing_english beforeTasksEn", "warning--missing_latvian afterTasksLv",
				"warning--missing_english task-" + this.task);
	}

	private String dashboard() throws Exception {
		return this.mvc
			.perform(get("/admin").param("lang", "lv").with(user(this.userDetails.loadUserByUsername(this.username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * The warning class and the link's anchor of each row about this priority and task.
	 */
	private List<String> warnings(String body) {
		List<String> found = new ArrayList<>();
		Matcher row = Pattern
			.compile("<tr class=\"warning (warning--[a-z_]+)\">(?:(?!</tr>).)*?href=\"/admin/priorities/"
					+ this.priority + "/edit#([A-Za-z0-9-]+)\"", Pattern.DOTALL)
			.matcher(body);
		while (row.find()) {
			// The demo data's other tasks are not this test's business.
			if (!row.group(2).startsWith("task-") || row.group(2).equals("task-" + this.task)) {
				found.add(row.group(1) + " " + row.group(2));
			}
		}
		return found;
	}

}
