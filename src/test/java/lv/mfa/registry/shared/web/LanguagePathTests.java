package lv.mfa.registry.shared.web;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import lv.mfa.registry.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The language in the address: {@code /en/…} and {@code /lv/…} serve every public page in
 * that language whatever the cookie says, the page links on in the same language, the old
 * {@code ?lang=} addresses redirect there, nothing makes a session, and the rendered-page
 * cache never answers one language with the other's page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class LanguagePathTests {

	private static final String OVERVIEW = "/presidencies/cbss-2018-2019";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void thePrefixSetsTheLanguageWhateverTheCookieSays() throws Exception {
		String eventId = String
			.valueOf(this.jdbc.queryForObject("select min(id) from event where publication = 'PUBLISHED'", Long.class));
		String[] pages = { OVERVIEW, OVERVIEW + "/timeline", OVERVIEW + "/priorities/1", "/events/" + eventId,
				"/projects", "/presidencies", "/search?q=riga", "/open-data" };
		for (String page : pages) {
			page(get("/en" + page).cookie(new Cookie("lang", "lv"))).andExpect(status().isOk())
				.andExpect(content().string(containsString("<html lang=\"en\">")));
			page(get("/lv" + page).cookie(new Cookie("lang", "en"))).andExpect(status().isOk())
				.andExpect(content().string(containsString("<html lang=\"lv\">")));
		}
		page(get("/en" + OVERVIEW)).andExpect(content().string(containsString(">Presidencies<")))
			.andExpect(header().doesNotExist("Set-Cookie"));
		// Without a prefix and without ?lang the cookie still decides, as before.
		page(get(OVERVIEW).cookie(new Cookie("lang", "en"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\">")));
		page(get(OVERVIEW)).andExpect(content().string(containsString("<html lang=\"lv\">")));
		// A missing record gets the 404 page in the prefix's language.
		page(get("/en/events/999999999").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound())
			.andExpect(
					content().string(containsString("<title>Page not found – Presidency Activity Registry</title>")));
	}

	@Test
	void aPrefixedPageLinksOnInItsLanguage() throws Exception {
		page(get("/en" + OVERVIEW + "/timeline?priority=1")).andExpect(status().isOk())
			// navigation, search form, event links, filter chips
			.andExpect(content().string(containsString("href=\"/en/presidencies\"")))
			.andExpect(content().string(containsString("action=\"/en/search\"")))
			.andExpect(content().string(containsString("href=\"/en/events/")))
			.andExpect(content().string(containsString("href=\"/en" + OVERVIEW + "/timeline\"")))
			.andExpect(content().string(not(containsString("href=\"/events/"))))
			// the stylesheet and the feeds keep their addresses
			.andExpect(content().string(containsString("href=\"/css/")))
			.andExpect(content().string(containsString("href=\"" + OVERVIEW + "/events.ics?priority=1&amp;lang=en\"")))
			// alternates and the switch point at the prefixed addresses, x-default at the
			// unprefixed one
			.andExpect(
					content().string(containsString("<link rel=\"alternate\" hreflang=\"lv\" href=\"http://localhost/lv"
							+ OVERVIEW + "/timeline?priority=1\">")))
			.andExpect(
					content().string(containsString("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/en"
							+ OVERVIEW + "/timeline?priority=1\">")))
			.andExpect(content()
				.string(containsString("<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost"
						+ OVERVIEW + "/timeline?priority=1\">")))
			.andExpect(content()
				.string(containsString("class=\"language-switch\" href=\"/lv" + OVERVIEW + "/timeline?priority=1\"")));
		// An unprefixed page links as before.
		page(get(OVERVIEW + "/timeline")).andExpect(content().string(containsString("href=\"/presidencies\"")))
			.andExpect(content().string(not(containsString("href=\"/lv/presidencies\""))));
	}

	@Test
	void oldLanguageAddressesRedirectToThePrefixedOnes() throws Exception {
		page(get(OVERVIEW + "/timeline").param("priority", "1").param("lang", "en"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/en" + OVERVIEW + "/timeline?priority=1"))
			.andExpect(header().string("Set-Cookie", startsWith("lang=en")));
		page(get("/en" + OVERVIEW).param("lang", "lv")).andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/lv" + OVERVIEW));
		page(get("/").param("lang", "en")).andExpect(redirectedUrl("/en/"));
		page(get("/en/")).andExpect(redirectedUrl("/en" + OVERVIEW));
		page(get("/lv")).andExpect(redirectedUrl("/lv" + OVERVIEW));
		page(get("/en/timeline")).andExpect(redirectedUrl("/en" + OVERVIEW + "/timeline"));
		// An unknown language is ignored, as before.
		page(get(OVERVIEW).param("lang", "xx")).andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"lv\">")));
		// Calendar subscriptions keep their address.
		page(get(OVERVIEW + "/events.ics").param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("BEGIN:VCALENDAR")));
		// Staff pages take no prefix and are not redirected.
		page(get("/en/admin")).andExpect(status().isNotFound());
		page(get("/login").param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\">")));
	}

	@Test
	void theCacheKeepsEachLanguageApart() throws Exception {
		String eventId = String
			.valueOf(this.jdbc.queryForObject("select min(id) from event where publication = 'PUBLISHED'", Long.class));
		String title = this.jdbc.queryForObject("select title_en from event where id = ?", String.class,
				Long.valueOf(eventId));
		String titleLv = this.jdbc.queryForObject("select title_lv from event where id = ?", String.class,
				Long.valueOf(eventId));
		for (int round = 0; round < 2; round++) {
			page(get("/en/events/" + eventId)).andExpect(status().isOk())
				.andExpect(content().string(containsString("<html lang=\"en\">")))
				.andExpect(content().string(containsString(htmlEscaped(title))));
			page(get("/lv/events/" + eventId)).andExpect(status().isOk())
				.andExpect(content().string(containsString("<html lang=\"lv\">")))
				.andExpect(content().string(containsString(htmlEscaped(titleLv))));
			// The same language without the prefix links without it.
			page(get("/events/" + eventId).cookie(new Cookie("lang", "en"))).andExpect(status().isOk())
				.andExpect(content().string(containsString("<html lang=\"en\">")))
				.andExpect(content().string(not(containsString("href=\"/en/presidencies\""))));
		}
	}

	private ResultActions page(MockHttpServletRequestBuilder request) throws Exception {
		ResultActions result = this.mvc.perform(request);
		MvcResult done = result.andReturn();
		assertThat(done.getRequest().getSession(false)).as("no session").isNull();
		return result;
	}

	private static String htmlEscaped(String text) {
		return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
