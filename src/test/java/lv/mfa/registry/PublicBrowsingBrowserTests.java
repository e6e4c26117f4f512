package lv.mfa.registry;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor's path through the public registry in a real browser, with axe-core on every
 * public page type, and the README's screenshots.
 */
class PublicBrowsingBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void visitorWalksFromTheOverviewToAProjectFilteredByCountry() {
		// Overview (the home page leads there), in Latvian.
		this.page.navigate(baseUrl() + "/");
		assertThat(this.page.url()).endsWith("/presidencies/cbss-2018-2019");
		assertThat(this.page.locator("html").getAttribute("lang")).isEqualTo("lv");
		assertThat(this.page.locator("svg[role=img]").count()).isEqualTo(1);
		assertNoAxeViolations(this.page);
		screenshot(this.page, "docs/overview.png");

		// Timeline.
		this.page.locator("main a.button").first().click();
		this.page.waitForURL(Pattern.compile(".*/presidencies/cbss-2018-2019/timeline$"));
		assertNoAxeViolations(this.page);
		screenshot(this.page, "docs/timeline.png", false);

		// Filter by priority 1.
		this.page.selectOption("#filter-priority", "1");
		this.page.locator(".filter-panel button[type=submit]").click();
		this.page.waitForURL(Pattern.compile(".*priority=1.*"));
		long priorityOne = this.jdbc.queryForObject("select count(*) from event e join priority p on"
				+ " p.id = e.priority_id join presidency s on s.id = e.presidency_id where s.slug = 'cbss-2018-2019'"
				+ " and p.number = 1 and e.publication = 'PUBLISHED'", Long.class);
		assertThat(this.page.locator(".event-row").count()).isEqualTo((int) Math.min(priorityOne, 25));

		// An event.
		this.page.locator(".event-row h3 a").first().click();
		this.page.waitForURL(Pattern.compile(".*/events/\\d+$"));
		assertNoAxeViolations(this.page);

		// An event with an agenda.
		Map<String, Object> withAgenda = this.jdbc.queryForMap("select e.id, count(a.id) as items from event e"
				+ " join agenda_item a on a.event_id = e.id where e.publication = 'PUBLISHED' group by e.id"
				+ " order by count(a.id) desc limit 1");
		this.page.navigate(baseUrl() + "/events/" + withAgenda.get("id"));
		assertThat(this.page.locator("table.agenda tbody tr").count())
			.isEqualTo(((Number) withAgenda.get("items")).intValue());
		assertNoAxeViolations(this.page);

		// Switch to English and stay on the page.
		this.page.locator("a.language-switch").click();
		this.page.waitForURL(baseUrl() + "/en/events/" + withAgenda.get("id"));
		assertThat(this.page.locator("html").getAttribute("lang")).isEqualTo("en");
		assertThat(this.page.locator("h2").allTextContents()).contains("Agenda");

		// Search, in English and without diacritics.
		this.page.fill("#header-search-q", "trafficking");
		this.page.press("#header-search-q", "Enter");
		// The language stays in the address.
		this.page.waitForURL(Pattern.compile(".*/en/search\\?q=trafficking$"));
		assertThat(this.page.locator("html").getAttribute("lang")).isEqualTo("en");
		assertNoAxeViolations(this.page);
		assertThat(this.page.locator(".search-results mark").count()).isPositive();
		assertNoAxeViolations(this.page);
		this.page.fill("#search-q", "cilveku");
		this.page.press("#search-q", "Enter");
		this.page.waitForURL(Pattern.compile(".*/search\\?q=cilveku$"));
		assertThat(this.page.locator(".search-results li").count()).isPositive();
		assertThat(this.page.locator(".search-results mark").allTextContents())
			.anySatisfy((text) -> assertThat(text.toLowerCase()).isEqualTo("cilvēku"));

		// A project, then the catalogue filtered by a partner country.
		this.page.navigate(baseUrl() + "/projects");
		assertNoAxeViolations(this.page);
		this.page.locator(".card-list a").first().click();
		this.page.waitForURL(Pattern.compile(".*/projects/\\d+$"));
		assertNoAxeViolations(this.page);
		this.page.navigate(baseUrl() + "/projects");
		this.page.selectOption("#filter-country", "FI");
		this.page.locator(".filter-panel button[type=submit]").click();
		this.page.waitForURL(Pattern.compile(".*country=FI.*"));
		long withFinland = this.jdbc.queryForObject(
				"select count(distinct p.id) from project p join project_partner"
						+ " pa on pa.project_id = p.id where p.publication = 'PUBLISHED' and pa.country_code = 'FI'",
				Long.class);
		assertThat(this.page.locator(".card-list > li").count()).isEqualTo((int) Math.min(withFinland, 20));
	}

	@Test
	void everyPublicPageTypeHasNoAxeViolations() {
		String code = this.jdbc.queryForObject(
				"select code from working_group where publication = 'PUBLISHED' order by code limit 1", String.class);
		List<String> paths = List.of("/presidencies", "/presidencies/cbss-2018-2019/priorities/1",
				"/working-groups/" + code, "/search", "/search?q=riga", "/no-such-page",
				"/presidencies/cbss-2018-2019/timeline?month=2019-13&priority=9", "/en/presidencies/cbss-2018-2019",
				"/en/presidencies/cbss-2018-2019/timeline");
		for (String path : paths) {
			this.page.navigate(baseUrl() + path);
			assertNoAxeViolations(this.page);
		}
	}

	@Test
	void timelineWorksOnAPhone() {
		this.page.setViewportSize(375, 740);
		this.page.navigate(baseUrl() + "/presidencies/cbss-2018-2019/timeline");
		Locator rows = this.page.locator(".event-row");
		assertThat(rows.count()).isPositive();
		Object overflow = this.page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1"
				+ " ? [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
				+ ".slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ') : false");
		assertThat(overflow).as("no horizontal scrolling on a 375 px screen").isEqualTo(false);
	}

}
