package lv.mfa.registry.priority.admin;

import java.util.List;

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
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Many progress entries of a priority at once: pasted rows checked into the table, saved
 * all or none, errors beside their rows, nothing typed lost.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class ProgressBulkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	private StaffFixtures staff;

	private long priorityId;

	private long presidencyId;

	private List<Long> tasks;

	private UserDetails editor;

	@BeforeEach
	void priorityWithTasks() {
		this.staff = new StaffFixtures(this.context, "bulk-editor");
		this.priorityId = this.jdbc
			.queryForObject("select p.id from priority p join presidency s on s.id = p.presidency_id"
					+ " where s.slug = 'cbss-2018-2019' and (select count(*) from priority_task t where t.priority_id = p.id) >= 2"
					+ " and exists (select 1 from priority_lead_institution l where l.priority_id = p.id)"
					+ " order by p.number limit 1", Long.class);
		this.presidencyId = this.jdbc.queryForObject("select presidency_id from priority where id = ?", Long.class,
				this.priorityId);
		this.tasks = this.jdbc.queryForList("select id from priority_task where priority_id = ? order by position, id",
				Long.class, this.priorityId);
		long lead = this.jdbc.queryForObject(
				"select institution_id from priority_lead_institution where priority_id = ? limit 1", Long.class,
				this.priorityId);
		this.editor = this.staff.signIn(StaffRole.EDITOR, lead);
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from task_progress where text_lv like 'Masveida%' or text_en like 'Bulk%'");
		this.staff.deleteAll();
	}

	private String url() {
		return "/admin/progress/priorities/" + this.priorityId + "/bulk";
	}

	@Test
	void pastedRowsAreCheckedIntoTheTableAndSavedAtTheEndOfTheirTasks() throws Exception {
		this.mvc.perform(get(url()).with(user(this.editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"paste\""), containsString("spellcheck=\"false\""),
					containsString("aria-describedby=\"paste-hint\""), containsString("name=\"rows[11].when\""),
					containsString("Vairāki izpildes ieraksti uzreiz"))));
		int lastPosition = this.jdbc.queryForObject(
				"select coalesce(max(position), -1) from task_progress where task_id = ?", Integer.class,
				this.tasks.get(1));
		String paste = "Uzdevums\tDatums\tVeids\tTeksts LV\tTeksts EN\n"
				+ "2\t2019-03\tpaveikts\tMasveida viens\tBulk one\r\n" + "1\t05.02.2019\tplanned\tMasveida divi\t\n"
				+ "\n" + "2\t2019-Q2\tPlānots\t\"Masveida trīs\"\tBulk three\n";
		this.mvc
			.perform(post(url()).param("action", "check").param("paste", paste).with(user(this.editor)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"rows[0].when\" value=\"2019-03\""),
					containsString("value=\"" + this.tasks.get(1) + "\" selected"), containsString("Masveida divi"),
					containsString("name=\"rows[2].when\" value=\"2019-Q2\""))));
		assertThat(count()).isZero();

		var result = this.mvc
			.perform(post(url()).with(user(this.editor))
				.with(csrf())
				.param("rows[0].task", String.valueOf(this.tasks.get(1)))
				.param("rows[0].when", "2019-03")
				.param("rows[0].kind", "DONE")
				.param("rows[0].textLv", "Masveida viens")
				.param("rows[0].textEn", "Bulk one")
				.param("rows[1].task", "")
				.param("rows[1].when", "")
				.param("rows[2].task", String.valueOf(this.tasks.get(0)))
				.param("rows[2].when", "05.02.2019")
				.param("rows[2].kind", "PLANNED")
				.param("rows[2].textLv", "Masveida divi"))
			.andExpect(status().isFound())
			.andReturn();
		long first = this.jdbc.queryForObject("select id from task_progress where text_lv = 'Masveida viens'",
				Long.class);
		assertThat(result.getResponse().getRedirectedUrl())
			.isEqualTo("/admin/progress?presidency=" + this.presidencyId + "#entry-" + first);
		assertThat(count()).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select position from task_progress where id = ?", Integer.class, first))
			.isEqualTo(lastPosition + 1);
		assertThat(this.jdbc.queryForObject(
				"select date_precision || ' ' || entry_date || ' ' || kind from task_progress where text_lv = 'Masveida divi'",
				String.class))
			.isEqualTo("DAY 2019-02-05 PLANNED");
	}

	@Test
	void savingStraightFromThePasteWorksToo() throws Exception {
		String paste = "2\t2019-03\tdone\tMasveida A\tBulk A\n1\t2019\tplānots\tMasveida B\tBulk B\n";
		var result = this.mvc.perform(post(url()).param("paste", paste).with(user(this.editor)).with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		long first = this.jdbc.queryForObject("select id from task_progress where text_lv = 'Masveida A'", Long.class);
		assertThat(result.getResponse().getRedirectedUrl())
			.isEqualTo("/admin/progress?presidency=" + this.presidencyId + "#entry-" + first);
		assertThat(count()).isEqualTo(2);
	}

	@Test
	void aWrongRowKeepsEverythingUnsavedAndIsNamedBesideItselfAndAtTheTop() throws Exception {
		this.mvc
			.perform(post(url()).with(user(this.editor))
				.with(csrf())
				.param("rows[0].task", String.valueOf(this.tasks.get(0)))
				.param("rows[0].when", "2019-03")
				.param("rows[0].kind", "DONE")
				.param("rows[0].textLv", "Masveida pareizs")
				.param("rows[1].taskTyped", "Nav tāda")
				.param("rows[1].when", "2019-02-30")
				.param("rows[1].kind", "varbūt")
				.param("rows[1].textEn", "Bulk wrong"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Nekas vēl nav saglabāts"),
					containsString("href=\"#row-1\""), containsString("id=\"row-1-when-error\""),
					containsString("Tāda datuma nav: „2019-02-30”"), containsString("nav uzdevuma “Nav tāda”"),
					containsString("“varbūt” nav ne paveikts, ne plānots"), containsString("Masveida pareizs"),
					containsString("value=\"2019-02-30\""), containsString("Bulk wrong"))));
		assertThat(count()).isZero();

		this.mvc.perform(post(url()).param("lang", "en").with(user(this.editor)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing to save: every row is empty.")));
	}

	@Test
	void editorsOfOtherInstitutionsMayNotUseIt() throws Exception {
		long other = this.jdbc.queryForObject(
				"select id from institution where id not in (select institution_id"
						+ " from priority_lead_institution where priority_id = ?) order by code limit 1",
				Long.class, this.priorityId);
		UserDetails outsider = this.staff.signIn(StaffRole.EDITOR, other);
		this.mvc.perform(get(url()).with(user(outsider))).andExpect(status().isForbidden());
		this.mvc.perform(post(url()).param("paste", "1\t2019\tdone\tMasveida X\t").with(user(outsider)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(count()).isZero();
	}

	private int count() {
		return this.jdbc.queryForObject(
				"select count(*) from task_progress where text_lv like 'Masveida%' or text_en like 'Bulk%'",
				Integer.class);
	}

}
