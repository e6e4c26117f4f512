package lv.mfa.registry.event.admin;

import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import lv.mfa.registry.BrowserTestSupport;
import lv.mfa.registry.StaffFixtures;
import lv.mfa.registry.reference.InstitutionRepository;
import lv.mfa.registry.security.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real Chromium (Debian's, at {@code /usr/bin/chromium} or {@code CHROMIUM_PATH},
 * through {@link BrowserTestSupport}; Playwright never downloads a browser): an editor
 * signs in, creates a two-day event with an agenda, makes a mistake and corrects it
 * without retyping; a coordinator publishes it, and the public overview counts it in both
 * languages. (This branch has no public event page or timeline yet: the overview's event
 * count is the public place the event shows.) Skipped with a notice where Chromium is
 * missing, unless {@code CI=true}.
 */
class EventEditingBrowserTests extends BrowserTestSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	InstitutionRepository institutions;

	@Autowired
	JdbcTemplate jdbc;

	private StaffFixtures staff;

	@BeforeEach
	void staffFixtures() {
		this.staff = new StaffFixtures(this.context, "browser");
	}

	@AfterEach
	void deleteWhatTheTestMade() {
		this.jdbc.update("delete from event where title_en = 'Browser test seminar on coastal resilience'");
		this.staff.deleteAll();
	}

	private String staff(StaffRole role, String password) {
		return this.staff.account(role,
				(role == StaffRole.EDITOR) ? this.institutions.findByCode("MFA").orElseThrow() : null, password);
	}

	private String url(String path) {
		return baseUrl() + path;
	}

	private static void signIn(Page page, String username, String password) {
		page.fill("#username", username);
		page.fill("#password", password);
		page.click("form.form button[type=submit]");
	}

	private long publishedCount(Page page, String lang) {
		page.navigate(url("/presidencies/cbss-2018-2019?lang=" + lang));
		return Long.parseLong(page.locator(".facts div:nth-child(3) dd").textContent().strip());
	}

	@Test
	void anEditorCreatesAnEventACoordinatorPublishesItAndThePublicSeesIt() {
		String editorPassword = UUID.randomUUID().toString();
		String coordinatorPassword = UUID.randomUUID().toString();
		String editor = staff(StaffRole.EDITOR, editorPassword);
		String coordinator = staff(StaffRole.COORDINATOR, coordinatorPassword);
		long published = this.jdbc.queryForObject(
				"select count(*) from event e join presidency p on"
						+ " p.id = e.presidency_id where p.slug = 'cbss-2018-2019' and e.publication = 'PUBLISHED'",
				Long.class);

		try (BrowserContext context = browser().newContext()) {
			Page page = context.newPage();
			page.setDefaultTimeout(15_000);
			assertThat(publishedCount(page, "lv")).isEqualTo(published);

			// The editor signs in: /admin leads to the sign-in page first.
			page.navigate(url("/admin"));
			assertThat(page.url()).endsWith("/login");
			signIn(page, editor, editorPassword);
			assertThat(page.url()).contains("/admin").doesNotContain("/login");

			// A two-day seminar with a two-day agenda, the second day mistyped.
			page.click("a[href='/admin/events/new']");
			page.fill("#startDate", "2019-04-10");
			page.fill("#endDate", "2019-04-11");
			page.selectOption("#type", "SEMINAR");
			page.fill("#titleLv", "Pārlūka testa seminārs par piekrastes noturību");
			page.fill("#titleEn", "Browser test seminar on coastal resilience");
			page.fill("#cityLv", "Rīga");
			page.fill("#cityEn", "Riga");
			page.fill("[name='agenda[0].day']", "2019-04-10");
			page.fill("[name='agenda[0].startTime']", "10:00");
			page.fill("[name='agenda[0].titleLv']", "Atklāšana");
			page.fill("[name='agenda[0].titleEn']", "Opening");
			page.fill("[name='agenda[1].day']", "2019-04-12");
			page.fill("[name='agenda[1].titleLv']", "Noslēgums");
			page.fill("[name='agenda[1].titleEn']", "Closing");
			page.click("button[name=action][value=save]");

			// Refused beside the field; everything typed is still there.
			assertThat(page.locator(".field-error").allTextContents())
				.anySatisfy((text) -> assertThat(text).contains("ārpus pasākuma dienām"));
			assertThat(page.inputValue("#titleEn")).isEqualTo("Browser test seminar on coastal resilience");
			assertThat(page.inputValue("[name='agenda[0].titleLv']")).isEqualTo("Atklāšana");
			assertThat(page.inputValue("[name='agenda[1].titleEn']")).isEqualTo("Closing");

			// Corrected without retyping anything else.
			page.fill("[name='agenda[1].day']", "2019-04-11");
			page.click("button[name=action][value=save]");
			assertThat(page.url()).matches(".*/admin/events/\\d+/edit$");
			String editUrl = page.url();
			assertThat(page.locator("p.notice").textContent()).contains("melnraksts");
			assertThat(this.jdbc.queryForObject("select count(*) from agenda_item a join event e on e.id = a.event_id"
					+ " where e.title_en = 'Browser test seminar on coastal resilience'", Long.class))
				.isEqualTo(2);

			// A draft: not public yet.
			assertThat(publishedCount(page, "lv")).isEqualTo(published);

			// The editor signs out; the coordinator signs in and publishes.
			page.navigate(editUrl);
			page.click("form[action='/logout'] button");
			page.navigate(url("/admin"));
			signIn(page, coordinator, coordinatorPassword);
			page.navigate(editUrl);
			page.click("form.publish-form button");
			assertThat(page.locator("p.notice").textContent()).contains("publicēts");

			// The public overview counts it, in Latvian and in English.
			assertThat(publishedCount(page, "lv")).isEqualTo(published + 1);
			assertThat(publishedCount(page, "en")).isEqualTo(published + 1);
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
		}
	}

}
