package lv.mfa.registry.shared.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import lv.mfa.registry.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The language a page is in comes from its address (or a cookie), never from a session: a
 * client without cookies following {@code /?lang=en} ends on the English page; every page
 * names its other-language alternates, has a description, a favicon and one title
 * pattern.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class LanguageAddressTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theHomePageRedirectKeepsTheLanguageAndNoSessionIsMade() throws Exception {
		MvcResult home = this.mvc.perform(get("/").param("lang", "en"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/en/"))
			.andExpect(header().string("Set-Cookie", startsWith("lang=en")))
			.andReturn();
		assertThat(home.getRequest().getSession(false)).isNull();
		this.mvc.perform(get("/en/")).andExpect(redirectedUrl("/en/presidencies/cbss-2018-2019"));
		MvcResult overview = this.mvc.perform(get("/en/presidencies/cbss-2018-2019"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andReturn();
		assertThat(overview.getRequest().getSession(false)).isNull();
		this.mvc.perform(get("/en/timeline")).andExpect(redirectedUrl("/en/presidencies/cbss-2018-2019/timeline"));
		this.mvc.perform(get("/").param("lang", "xx")).andExpect(redirectedUrl("/presidencies/cbss-2018-2019"));
	}

	@Test
	void everyPageNamesItsAlternatesAndDescribesItself() throws Exception {
		this.mvc.perform(get("/en/presidencies/cbss-2018-2019/timeline?priority=1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<link rel=\"alternate\" hreflang=\"lv\" href=\"http://localhost/lv/presidencies/cbss-2018-2019/timeline?priority=1\">")))
			.andExpect(content().string(containsString(
					"<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/en/presidencies/cbss-2018-2019/timeline?priority=1\">")))
			.andExpect(content().string(containsString("hreflang=\"x-default\"")))
			.andExpect(content().string(containsString("<meta name=\"description\" content=\"The registry of")))
			.andExpect(content().string(containsString("<title>Timeline of the CBSS presidency 2018–2019: Latvia"
					+ " – Presidency Activity Registry</title>")));
		this.mvc.perform(get("/lv/presidencies/cbss-2018-2019"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<title>BJVP prezidentūra 2018–2019: Latvija" + " – Prezidentūru darbības reģistrs</title>")));
		this.mvc.perform(get("/en/presidencies/no-such-presidency").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(
					content().string(containsString("<title>Page not found – Presidency Activity Registry</title>")));
	}

	@Test
	void calendarLinksCarryTheLanguageAndOfferASubscription() throws Exception {
		this.mvc.perform(get("/en/presidencies/cbss-2018-2019/timeline"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/presidencies/cbss-2018-2019/events.ics?lang=en\"")))
			.andExpect(content()
				.string(containsString("href=\"webcal://localhost/presidencies/cbss-2018-2019/events.ics?lang=en\"")));
		this.mvc.perform(get("/lv/presidencies/cbss-2018-2019"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/presidencies/cbss-2018-2019/events.ics?lang=lv\"")))
			.andExpect(content().string(containsString("Abonēt kalendāru")));
		// Followed without a cookie, the English link gives English titles.
		String title = this.jdbc.queryForObject("select title_en from event where publication = 'PUBLISHED'"
				+ " and title_en not like '%,%' and title_en not like '%;%' and length(title_en) < 60"
				+ " order by start_date limit 1", String.class);
		this.mvc.perform(get("/en/presidencies/cbss-2018-2019/events.ics"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("SUMMARY:" + title)));
	}

	@Test
	void theFaviconIsServed() throws Exception {
		byte[] icon = this.mvc.perform(get("/favicon.ico"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(icon).startsWith(0, 0, 1, 0);
		this.mvc.perform(get("/favicon.svg"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")));
		// The page links the icon under its content-hashed name, which is served too.
		String page = this.mvc.perform(get("/en/presidencies"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher link = Pattern
			.compile("<link rel=\"icon\" href=\"(/favicon-[0-9a-f]{32}\\.svg)\" type=\"image/svg\\+xml\">")
			.matcher(page);
		assertThat(link.find()).as("hashed icon link").isTrue();
		this.mvc.perform(get(link.group(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")));
	}

}
