package lv.mfa.registry.priority.admin;

import java.util.List;
import java.util.Map;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Task progress is written by editors of the priority's lead institution and by
 * coordinators, nobody else.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class ProgressEditingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	private StaffFixtures staff;

	@BeforeEach
	void signInStaff() {
		this.staff = new StaffFixtures(this.context, "progress-editor");
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from task_progress where text_lv like 'Testa ieraksts%'");
		this.staff.deleteAll();
	}

	@Test
	void leadInstitutionsEditorsAddProgressOthersMayNot() throws Exception {
		long taskId = this.jdbc
			.queryForObject("select t.id from priority_task t join priority p on p.id = t.priority_id"
					+ " join presidency s on s.id = p.presidency_id join priority_lead_institution l on l.priority_id = p.id"
					+ " where s.slug = 'cbss-2018-2019' order by p.number, t.position limit 1", Long.class);
		long lead = this.jdbc
			.queryForObject("select l.institution_id from priority_task t join priority_lead_institution l"
					+ " on l.priority_id = t.priority_id where t.id = ? limit 1", Long.class, taskId);
		long other = this.jdbc.queryForObject("select id from institution where id not in (select l.institution_id"
				+ " from priority_task t join priority_lead_institution l on l.priority_id = t.priority_id where t.id = ?)"
				+ " order by code limit 1", Long.class, taskId);
		UserDetails leadEditor = this.staff.signIn(StaffRole.EDITOR, lead);
		UserDetails otherEditor = this.staff.signIn(StaffRole.EDITOR, other);

		this.mvc
			.perform(post("/admin/progress/tasks/{id}", taskId).param("when", "2019-02-01")
				.param("kind", "DONE")
				.param("textLv", "Testa ieraksts no citas iestādes")
				.with(user(otherEditor))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/progress/tasks/{id}", taskId).param("when", "2019-02-01")
				.param("kind", "DONE")
				.with(user(leadEditor))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Norādiet tekstu latviešu vai angļu valodā")));
		this.mvc
			.perform(post("/admin/progress/tasks/{id}", taskId).param("when", "2019-02-01")
				.param("kind", "DONE")
				.param("textLv", "Testa ieraksts")
				.param("textEn", "Test entry")
				.with(user(leadEditor))
				.with(csrf()))
			.andExpect(status().isFound());
		long entry = this.jdbc.queryForObject("select id from task_progress where text_lv = 'Testa ieraksts'",
				Long.class);
		this.mvc.perform(get("/admin/progress/{id}/edit", entry).with(user(otherEditor)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/progress").with(user(leadEditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/progress/" + entry + "/edit")));

		// A stale save is refused, the first kept.
		long version = this.jdbc.queryForObject("select version from task_progress where id = ?", Long.class, entry);
		this.mvc
			.perform(post("/admin/progress/{id}", entry).param("version", String.valueOf(version))
				.param("when", "2019-02-02")
				.param("kind", "DONE")
				.param("textLv", "Testa ieraksts, labots")
				.with(user(leadEditor))
				.with(csrf()))
			.andExpect(status().isFound());
		this.mvc
			.perform(post("/admin/progress/{id}", entry).param("version", String.valueOf(version))
				.param("when", "2019-02-03")
				.param("kind", "PLANNED")
				.param("textLv", "Testa ieraksts, novecojis")
				.with(user(leadEditor))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kāds cits pa to laiku ir mainījis šo ierakstu")));
		assertThat(this.jdbc.queryForObject("select text_lv from task_progress where id = ?", String.class, entry))
			.isEqualTo("Testa ieraksts, labots");
	}

	/**
	 * The date is typed as precisely as it is known; one that cannot be read is named in
	 * the staff member's language beside the field, with what was typed kept and nothing
	 * saved.
	 */
	@Test
	void datesAreTypedAsPreciselyAsKnownAndABadOneIsExplained() throws Exception {
		long taskId = this.jdbc
			.queryForObject("select t.id from priority_task t join priority p on p.id = t.priority_id"
					+ " join presidency s on s.id = p.presidency_id where s.slug = 'cbss-2018-2019'"
					+ " order by p.number, t.position limit 1", Long.class);
		long lead = this.jdbc
			.queryForObject("select l.institution_id from priority_task t join priority_lead_institution l"
					+ " on l.priority_id = t.priority_id where t.id = ? limit 1", Long.class, taskId);
		UserDetails editor = this.staff.signIn(StaffRole.EDITOR, lead);
		String[][] typed = { { "3.-5.10.2019", "2019-10-03", "2019-10-05", "DAYS" },
				{ "2019-05", "2019-05-01", "2019-05-31", "MONTH" }, { "2019", "2019-01-01", "2019-12-31", "YEAR" },
				{ "2019-autumn", "2019-09-01", "2019-11-30", "SEASON" }, { "", null, null, "UNDATED" } };
		for (String[] row : typed) {
			String text = "Testa ieraksts " + row[3];
			this.mvc
				.perform(post("/admin/progress/tasks/{id}", taskId).param("when", row[0])
					.param("kind", "PLANNED")
					.param("textLv", text)
					.with(user(editor))
					.with(csrf()))
				.andExpect(status().isFound());
			Map<String, Object> stored = this.jdbc.queryForMap(
					"select entry_date::text as start, entry_end::text as end, date_precision from task_progress"
							+ " where text_lv = ?",
					text);
			assertThat(stored).containsEntry("start", row[1])
				.containsEntry("end", row[2])
				.containsEntry("date_precision", row[3]);
		}
		long entry = this.jdbc.queryForObject("select id from task_progress where text_lv = 'Testa ieraksts DAYS'",
				Long.class);
		this.mvc.perform(get("/admin/progress/{id}/edit", entry).with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2019-10-03..2019-10-05\"")));

		Integer before = this.jdbc.queryForObject("select count(*) from task_progress", Integer.class);
		this.mvc
			.perform(post("/admin/progress/tasks/{id}", taskId).param("when", "2019-02-30")
				.param("kind", "DONE")
				.param("textLv", "Testa ieraksts ar kļūdu")
				.with(user(editor))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tāda datuma nav: „2019-02-30”")))
			.andExpect(content().string(containsString("id=\"when-error\"")))
			.andExpect(content().string(containsString("value=\"2019-02-30\"")))
			.andExpect(content().string(containsString("Testa ieraksts ar kļūdu")));
		this.mvc
			.perform(post("/admin/progress/tasks/{id}", taskId).param("lang", "en")
				.param("when", "last spring")
				.param("kind", "DONE")
				.param("textLv", "Testa ieraksts ar kļūdu")
				.with(user(editor))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“last spring” cannot be read as a date")))
			.andExpect(content().string(containsString("value=\"last spring\"")));
		assertThat(this.jdbc.queryForObject("select count(*) from task_progress", Integer.class)).isEqualTo(before);
	}

	/**
	 * Up and down buttons (plain forms, no script) move an entry among its task's entries
	 * and return to the same row.
	 */
	@Test
	void entriesMoveUpAndDownAndTheListReturnsToTheRow() throws Exception {
		long taskId = this.jdbc
			.queryForObject("select t.id from priority_task t join priority p on p.id = t.priority_id"
					+ " join presidency s on s.id = p.presidency_id where s.slug = 'cbss-2018-2019'"
					+ " and (select count(*) from task_progress e where e.task_id = t.id) >= 3"
					+ " order by p.number, t.position limit 1", Long.class);
		long lead = this.jdbc
			.queryForObject("select l.institution_id from priority_task t join priority_lead_institution l"
					+ " on l.priority_id = t.priority_id where t.id = ? limit 1", Long.class, taskId);
		long presidency = this.jdbc.queryForObject("select p.presidency_id from priority_task t join priority p"
				+ " on p.id = t.priority_id where t.id = ?", Long.class, taskId);
		UserDetails editor = this.staff.signIn(StaffRole.EDITOR, lead);
		List<Long> before = order(taskId);
		long last = before.get(before.size() - 1);
		this.mvc
			.perform(post("/admin/progress/{id}/move", last).param("direction", "up").with(user(editor)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/progress?presidency=" + presidency + "#entry-" + last));
		List<Long> moved = order(taskId);
		assertThat(moved.get(moved.size() - 2)).isEqualTo(last);
		assertThat(moved.get(moved.size() - 1)).isEqualTo(before.get(before.size() - 2));
		this.mvc.perform(get("/admin/progress").param("presidency", String.valueOf(presidency)).with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"entry-" + last + "\"")))
			.andExpect(content().string(containsString("Pārvietot 1. ierakstu uz leju")));
		this.mvc
			.perform(post("/admin/progress/{id}/move", last).param("direction", "down").with(user(editor)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(order(taskId)).isEqualTo(before);
		// At the end of the list nothing moves.
		this.mvc
			.perform(post("/admin/progress/{id}/move", last).param("direction", "down").with(user(editor)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(order(taskId)).isEqualTo(before);
	}

	private List<Long> order(long taskId) {
		return this.jdbc.queryForList("select id from task_progress where task_id = ? order by position, id",
				Long.class, taskId);
	}

}
