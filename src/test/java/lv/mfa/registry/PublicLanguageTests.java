package lv.mfa.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every public page type in both languages: English text carries no Latvian numeric date
 * ("18.-20.08.2018") nor a Latvian acronym ("VARAM"), Latvian text no number with the
 * wrong noun form ("21 pasākumi", "5 pasākums").
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class PublicLanguageTests {

	/** "26.06.2018", "18.-20.08.2018", "31.01.-01.02.2019", "28.12.2018.-02.01.2019". */
	static final Pattern LATVIAN_NUMERIC_DATE = Pattern
		.compile("\\b\\d{1,2}\\.(\\d{2}\\.(\\d{4}\\.)?)?-\\d{1,2}\\.\\d{2}\\.\\d{4}|\\b\\d{2}\\.\\d{2}\\.\\d{4}\\b");

	/** Latvian acronyms whose English ones differ ("VARAM" is "MEPRD" in English). */
	static final Pattern LATVIAN_ACRONYM = Pattern
		.compile("(?<![\\p{L}])(BJVP|VARAM|VUGD|LBAS|EĀDD|IeM|IZM|NKMP|LNB|LPS|ZMP)(?![\\p{L}])");

	/** A number ending in 1 (not 11) takes the singular in Latvian: "21 pasākums". */
	static final Pattern PLURAL_AFTER_ONE = Pattern.compile("(?<![\\d.,])(\\d*[02-9]1|1)\\s+(pasākumi|projekti"
			+ "|ieraksti|ierakstiem|rezultāti|darba grupas|prioritātes|uzdevumi|dalībnieki|partneri|valstis)\\b");

	/** Any other number takes the plural: "5 pasākumi", "11 pasākumi". */
	static final Pattern SINGULAR_AFTER_OTHER = Pattern.compile("(?<![\\d.,])(\\d*1\\d|\\d*[02-9]|0)\\s+(pasākums"
			+ "|projekts|ieraksts|ieraksta|rezultāts|darba grupa|prioritāte|uzdevums|dalībnieks|partneris|valsts)\\b");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void englishPagesWriteDatesInEnglishAndLatvianPagesCountInLatvian() throws Exception {
		List<String> found = new ArrayList<>();
		for (String path : publicPages()) {
			for (String lang : List.of("lv", "en")) {
				String html = this.mvc.perform(get("/" + lang + path))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(html).as(path + " in " + lang).contains("<html lang=\"" + lang + "\"");
				String text = visibleText(html, lang);
				assertThat(text).as(path + " in " + lang).isNotBlank();
				if (lang.equals("en")) {
					collect(found, path + " (en) Latvian date: ", LATVIAN_NUMERIC_DATE.matcher(text));
					collect(found, path + " (en) Latvian acronym: ", LATVIAN_ACRONYM.matcher(text));
				}
				else {
					collect(found, path + " (lv) plural after one: ", PLURAL_AFTER_ONE.matcher(text));
					collect(found, path + " (lv) singular after a number: ", SINGULAR_AFTER_OTHER.matcher(text));
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void thePatternsCatchWhatTheyAreFor() {
		assertThat(LATVIAN_NUMERIC_DATE.matcher("held 18.-20.08.2018 in Riga").find()).isTrue();
		assertThat(LATVIAN_NUMERIC_DATE.matcher("31.01.-01.02.2019").find()).isTrue();
		assertThat(LATVIAN_NUMERIC_DATE.matcher("on 26.06.2018").find()).isTrue();
		assertThat(LATVIAN_NUMERIC_DATE.matcher("18–20 Aug 2018, version 1.2.3").find()).isFalse();
		assertThat(LATVIAN_ACRONYM.matcher("organised by VARAM.").find()).isTrue();
		assertThat(LATVIAN_ACRONYM.matcher("organised by MEPRD, BJVPX").find()).isFalse();
		assertThat(PLURAL_AFTER_ONE.matcher("21 pasākumi").find()).isTrue();
		assertThat(PLURAL_AFTER_ONE.matcher("11 pasākumi, 21 pasākums, 2019. gada 1. jūlijs").find()).isFalse();
		assertThat(SINGULAR_AFTER_OTHER.matcher("5 pasākums").find()).isTrue();
		assertThat(SINGULAR_AFTER_OTHER.matcher("5 pasākumi, 1 pasākums").find()).isFalse();
	}

	/**
	 * The page's text without markup, and for English without what is marked as Latvian
	 * (a text missing in English shows the Latvian one, rightly in Latvian).
	 */
	private static String visibleText(String html, String lang) {
		String text = html.replaceAll("(?s)<(script|style|head)\\b.*?</\\1>", " ");
		if (lang.equals("en")) {
			text = text.replaceAll("(?s)<(\\w+)\\b[^>]*\\blang=\"lv\"[^>]*>.*?</\\1>", " ");
		}
		return text.replaceAll("<[^>]+>", " ")
			.replace("&nbsp;", " ")
			.replace("&amp;", "&")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replaceAll("\\s+", " ");
	}

	private static void collect(List<String> found, String where, Matcher matcher) {
		while (matcher.find()) {
			found.add(where + matcher.group());
		}
	}

	private List<String> publicPages() {
		String slug = "/presidencies/cbss-2018-2019";
		List<String> pages = new ArrayList<>(
				List.of("/presidencies", slug, slug + "/timeline", slug + "/timeline?page=2", "/projects",
						"/search?q=riga", "/search?q=sadarbība", "/search?q=trafiking", "/open-data"));
		this.jdbc
			.queryForList("select number from priority p join presidency s on s.id = p.presidency_id"
					+ " where s.slug = 'cbss-2018-2019' order by number", Integer.class)
			.forEach((n) -> pages.add(slug + "/priorities/" + n));
		this.jdbc.queryForList("select id from event where publication = 'PUBLISHED' order by id", Long.class)
			.forEach((id) -> pages.add("/events/" + id));
		this.jdbc
			.queryForList("select code from working_group where publication = 'PUBLISHED' order by code", String.class)
			.forEach((code) -> pages.add("/working-groups/" + code));
		this.jdbc.queryForList("select id from project where publication = 'PUBLISHED' order by id", Long.class)
			.forEach((id) -> pages.add("/projects/" + id));
		return pages;
	}

}
