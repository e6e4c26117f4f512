package lv.mfa.registry.priority.admin;

import java.util.UUID;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import lv.mfa.registry.BrowserTestSupport;
import lv.mfa.registry.StaffFixtures;
import lv.mfa.registry.security.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many browser actions (navigations, fills, selects, clicks) 40 progress entries take
 * one by one through the single-entry form, and through the bulk page by pasting 40
 * tab-separated rows. The bulk page must need under a quarter of the actions.
 */
class ProgressBulkBrowserTests extends BrowserTestSupport {

	private static final int ENTRIES = 40;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	private StaffFixtures staff;

	private int actions;

	@BeforeEach
	void staffFixtures() {
		this.staff = new StaffFixtures(this.context, "browser-bulk");
	}

	@AfterEach
	void deleteWhatTheTestMade() {
		this.jdbc.update("delete from task_progress where text_lv like 'Pārlūka ieraksts %'");
		this.staff.deleteAll();
	}

	@Test
	void fortyEntriesThroughTheBulkPageTakeUnderAQuarterOfTheActionsOfOneByOne() {
		long priorityId = this.jdbc
			.queryForObject("select p.id from priority p join presidency s on s.id = p.presidency_id"
					+ " where s.slug = 'cbss-2018-2019' and exists (select 1 from priority_task t where t.priority_id = p.id)"
					+ " order by p.number limit 1", Long.class);
		long taskId = this.jdbc.queryForObject(
				"select id from priority_task where priority_id = ? order by position, id limit 1", Long.class,
				priorityId);
		signInAsCoordinator();

		this.actions = 0;
		for (int i = 1; i <= ENTRIES; i++) {
			navigate("/admin/progress/tasks/" + taskId + "/new");
			fill("#when", "2019-03-" + String.format("%02d", 1 + i % 28));
			select("#kind", (i % 2 == 0) ? "DONE" : "PLANNED");
			fill("#textLv", "Pārlūka ieraksts viens pa vienam " + i);
			fill("#textEn", "Browser entry one by one " + i);
			click("form.form button[type=submit]");
			assertThat(this.page.url()).contains("/admin/progress?presidency=");
		}
		int oneByOne = this.actions;
		assertThat(count("Pārlūka ieraksts viens pa vienam %")).isEqualTo(ENTRIES);

		StringBuilder paste = new StringBuilder("Uzdevums\tDatums\tVeids\tTeksts LV\tTeksts EN\n");
		for (int i = 1; i <= ENTRIES; i++) {
			paste.append("1\t2019-04-")
				.append(String.format("%02d", 1 + i % 28))
				.append('\t')
				.append((i % 2 == 0) ? "paveikts" : "plānots")
				.append("\tPārlūka ieraksts kopā ")
				.append(i)
				.append("\tBrowser entry in bulk ")
				.append(i)
				.append('\n');
		}
		this.actions = 0;
		navigate("/admin/progress/priorities/" + priorityId + "/bulk");
		fill("#paste", paste.toString());
		click("button[name=action][value=check]");
		assertThat(this.page.inputValue("#row-39-when")).isEqualTo("2019-04-13");
		click("form.form > button.button:not([name])");
		int bulk = this.actions;

		assertThat(count("Pārlūka ieraksts kopā %")).isEqualTo(ENTRIES);
		long first = this.jdbc.queryForObject("select id from task_progress where text_lv = 'Pārlūka ieraksts kopā 1'",
				Long.class);
		assertThat(this.page.url()).endsWith("#entry-" + first);
		assertThat(this.page.textContent("body")).contains("Izpildes ieraksti saglabāti.");
		System.out.println(
				"Browser actions for " + ENTRIES + " progress entries: one by one " + oneByOne + ", bulk page " + bulk);
		assertThat(bulk * 4).isLessThan(oneByOne);
	}

	private void signInAsCoordinator() {
		String password = "bulk entry passphrase " + UUID.randomUUID();
		String name = this.staff.account(StaffRole.COORDINATOR, null, password);
		this.page.navigate(baseUrl() + "/login");
		this.page.fill("#username", name);
		this.page.fill("#password", password);
		this.page.click("form.form button[type=submit]");
		assertThat(this.page.url()).contains("/admin").doesNotContain("/login");
	}

	private void navigate(String path) {
		this.actions++;
		this.page.navigate(baseUrl() + path);
	}

	private void fill(String selector, String value) {
		this.actions++;
		this.page.fill(selector, value);
	}

	private void select(String selector, String value) {
		this.actions++;
		this.page.selectOption(selector, value);
	}

	private void click(String selector) {
		this.actions++;
		this.page.click(selector);
		this.page.waitForLoadState();
	}

	private int count(String textLike) {
		return this.jdbc.queryForObject("select count(*) from task_progress where text_lv like ?", Integer.class,
				textLike);
	}

}
