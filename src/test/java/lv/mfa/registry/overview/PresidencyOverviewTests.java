package lv.mfa.registry.overview;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The presidency overview, over the demo data, in Latvian (the default) and English. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class PresidencyOverviewTests {

	@Autowired
	MockMvc mvc;

	@Test
	void homeLeadsToTheLatestPublishedPresidency() throws Exception {
		// The Danish 2019–2020 presidency is newer but a draft, so the visitor lands on
		// Latvia's.
		this.mvc.perform(get("/"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/presidencies/cbss-2018-2019"));
	}

	@Test
	void overviewIsInLatvianByDefault() throws Exception {
		this.mvc.perform(get("/presidencies/cbss-2018-2019").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("<html lang=\"lv\">"), containsString("BJVP prezidentūra 2018–2019: Latvija"),
							containsString("no 2018. gada 1. jūlija līdz 2019. gada 30. jūnijam"),
							containsString("Ārlietu ministrija"), containsString("Sabiedrības drošība"),
							containsString("Kultūras mantojums"), containsString("<dd>47</dd>"),
							containsString("TF-THB"), containsString("href=\"/en/presidencies/cbss-2018-2019\""))));
	}

	@Test
	void overviewIsInEnglishWithLangEnAndRemembersIt() throws Exception {
		// Remembered in a cookie, not a session, on the way to the English address.
		Cookie language = this.mvc.perform(get("/presidencies/cbss-2018-2019").param("lang", "en"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/en/presidencies/cbss-2018-2019"))
			.andReturn()
			.getResponse()
			.getCookie("lang");
		this.mvc.perform(get("/en/presidencies/cbss-2018-2019"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"en\">"),
					containsString("CBSS presidency 2018–2019: Latvia"),
					containsString("from 1 July 2018 to 30 June 2019"), containsString("Ministry of Foreign Affairs"),
					containsString("Societal security"), not(containsString("Sabiedrības drošība")))));
		assertThat(language).isNotNull();
		this.mvc.perform(get("/presidencies/cbss-2018-2019").cookie(language))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\">")));
	}

	@Test
	void draftAndUnknownPresidenciesAreNotFoundInTheVisitorsLanguage() throws Exception {
		this.mvc.perform(get("/presidencies/cbss-2019-2020").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Lapa nav atrasta")));
		this.mvc.perform(get("/en/presidencies/no-such-thing").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("Page not found"), not(containsString("Exception")))));
	}

	@Test
	void listsPublishedPresidenciesOnly() throws Exception {
		this.mvc.perform(get("/presidencies"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/presidencies/cbss-2018-2019"),
					not(containsString("/presidencies/cbss-2019-2020")))));
	}

}
