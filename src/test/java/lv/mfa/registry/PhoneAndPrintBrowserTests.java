package lv.mfa.registry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page type on a phone (390×844) and a laptop (1366×900), in Latvian and
 * English: nothing wider than the screen, table cells labelled when tables become cards,
 * the first timeline event on the phone's first screen, axe-core clean; and the overview,
 * the timeline and an event printed to PDF without a control or a button's text.
 */
class PhoneAndPrintBrowserTests extends BrowserTestSupport {

	private static final String SLUG = "/presidencies/cbss-2018-2019";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void everyPublicPageFitsAPhoneAndALaptopInBothLanguages() {
		List<String> failures = new ArrayList<>();
		for (int[] size : new int[][] { { 390, 844 }, { 1366, 900 } }) {
			this.page.setViewportSize(size[0], size[1]);
			boolean phone = size[0] < 600;
			for (String lang : List.of("lv", "en")) {
				for (String path : publicPages()) {
					String url = baseUrl() + path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
					this.page.navigate(url);
					String where = size[0] + "×" + size[1] + " " + path + " (" + lang + ")";
					assertThat(this.page.locator("html").getAttribute("lang")).as(where).isEqualTo(lang);
					Object wider = this.page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth"
							+ " ? [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right"
							+ " > window.innerWidth + 1).slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ')"
							+ " : ''");
					if (!"".equals(wider)) {
						failures.add(where + " wider than the screen: " + wider);
					}
					if (phone) {
						Object unlabelled = this.page.evaluate("() => [...document.querySelectorAll("
								+ "'.data-table tbody td, .data-table tbody th')].filter(c => c.checkVisibility()"
								+ " && (!c.dataset.label || getComputedStyle(c, '::before').content !== "
								+ "'\"' + c.dataset.label + '\"')).length");
						if (((Number) unlabelled).intValue() != 0) {
							failures.add(where + ": " + unlabelled + " table cells without a visible label");
						}
					}
					assertNoAxeViolations(this.page);
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void theFirstTimelineEventIsOnThePhonesFirstScreen() {
		this.page.setViewportSize(390, 844);
		for (String lang : List.of("lv", "en")) {
			this.page.navigate(baseUrl() + SLUG + "/timeline?lang=" + lang);
			double bottom = ((Number) this.page
				.evaluate("() => document.querySelector('.event-row h3').getBoundingClientRect().bottom"))
				.doubleValue();
			assertThat(bottom).as("the first event's title in " + lang).isLessThanOrEqualTo(844);
			// The filters are folded behind one summary that counts the filters in use.
			assertThat(this.page.locator("details.filter-panel > summary").textContent())
				.isEqualTo(message("filters.summary", lang, 0));
			assertThat(this.page.locator("#filter-priority").isVisible()).isFalse();
		}
		screenshot(this.page, "docs/phone-timeline.png", false);
		this.page.navigate(baseUrl() + SLUG + "?lang=lv");
		screenshot(this.page, "docs/phone-overview.png", false);
	}

	@Test
	void activeFiltersShowAsChipsThatRemoveThem() {
		this.page.setViewportSize(390, 844);
		this.page.navigate(baseUrl() + SLUG + "/timeline?lang=en&priority=1&type=MEETING");
		assertThat(this.page.locator("details.filter-panel > summary").textContent())
			.isEqualTo(message("filters.summary", "en", 2));
		assertThat(this.page.locator(".chips a").allTextContents()).hasSize(2)
			.anySatisfy((chip) -> assertThat(chip).startsWith("Priority: 1. "))
			.anySatisfy((chip) -> assertThat(chip).startsWith("Event type: "));
		this.page.locator(".chips a").first().click();
		this.page.waitForURL((url) -> !url.contains("priority="));
		assertThat(this.page.url()).contains("type=MEETING");
		assertThat(this.page.locator(".chips a").count()).isEqualTo(1);
	}

	@Test
	void printedPagesCarryNoControlsNorButtonTexts() throws IOException {
		long eventId = this.jdbc.queryForObject(
				"select e.id from event e join agenda_item a on a.event_id = e.id"
						+ " where e.publication = 'PUBLISHED' group by e.id order by count(a.id) desc limit 1",
				Long.class);
		List<String> buttons = List.of(message("search.submit", "lv"), message("timeline.filter.apply", "lv"),
				message("event.add-to-calendar", "lv"), message("timeline.filter.clear", "lv"),
				message("layout.other-language.name", "lv"), message("timeline.all-months", "lv"),
				message("filters.summary", "lv", 0));
		for (String path : List.of(SLUG, SLUG + "/timeline", "/events/" + eventId)) {
			this.page.navigate(baseUrl() + path + "?lang=lv");
			String heading = this.page.locator("h1").textContent().strip();
			this.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
			Object controls = this.page.evaluate("() => [...document.querySelectorAll('input, select, textarea,"
					+ " button, summary')].filter(c => c.checkVisibility()).map(c => c.outerHTML.slice(0, 80))");
			assertThat((List<?>) controls).as("controls printed on " + path).isEmpty();
			byte[] pdf = this.page.pdf(new Page.PdfOptions().setFormat("A4"));
			String text;
			try (PDDocument document = Loader.loadPDF(pdf)) {
				text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			}
			assertThat(text).as(path + " printed").contains(heading.replaceAll("\\s+", " "));
			for (String button : buttons) {
				assertThat(text).as(path + " printed").doesNotContain(button);
			}
			this.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
		}
	}

	private List<String> publicPages() {
		String code = this.jdbc.queryForObject(
				"select code from working_group where publication = 'PUBLISHED' order by code limit 1", String.class);
		long eventId = this.jdbc.queryForObject(
				"select e.id from event e join agenda_item a on a.event_id = e.id"
						+ " where e.publication = 'PUBLISHED' group by e.id order by count(a.id) desc limit 1",
				Long.class);
		long projectId = this.jdbc
			.queryForObject("select id from project where publication = 'PUBLISHED' order by id limit 1", Long.class);
		return List.of("/presidencies", SLUG, SLUG + "/timeline", SLUG + "/timeline?priority=1", SLUG + "/priorities/1",
				"/events/" + eventId, "/working-groups/" + code, "/projects", "/projects/" + projectId,
				"/search?q=riga", "/search?q=trafiking", "/open-data");
	}

	private String message(String key, String lang, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.forLanguageTag(lang));
	}

}
