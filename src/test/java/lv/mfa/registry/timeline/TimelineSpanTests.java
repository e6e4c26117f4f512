package lv.mfa.registry.timeline;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The timeline's month filter, its month counts and the overview's chart treat an
 * approximate date by its span: an event "in autumn 2019" is in September, October and
 * November; one known only as "2019" in none of the months but under its year, which a
 * month's page points to; a day event in its month.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class TimelineSpanTests {

	private static final String WORD = "zqxspanword";

	private static final String TIMELINE = "/presidencies/cbss-2018-2019/timeline?q=" + WORD;

	private static final String YEAR_TITLE = "Year-long review " + WORD;

	private static final String AUTUMN_TITLE = "Autumn consultations " + WORD;

	private static final String DAY_TITLE = "October seminar " + WORD;

	/** A month (or year) link of the navigator or the chart's table, and its count. */
	private static final Pattern NAV_ITEM = Pattern.compile("month=(\\d{4}(?:-\\d{2})?)\"[^>]*>[^<]*\\((\\d+)\\)</a>");

	private static final Pattern CHART_ROW = Pattern
		.compile("month=(\\d{4}(?:-\\d{2})?)\">[^<]*</a></th>\\s*<td[^>]*>(\\d+)</td>");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void addEvents() {
		long presidency = this.jdbc.queryForObject("select id from presidency where slug = 'cbss-2018-2019'",
				Long.class);
		event(presidency, "span-year", "2019-01-01", "2019-12-31", "YEAR", YEAR_TITLE);
		event(presidency, "span-autumn", "2019-09-01", "2019-11-30", "SEASON", AUTUMN_TITLE);
		event(presidency, "span-day", "2019-10-15", "2019-10-15", "DAY", DAY_TITLE);
	}

	private void event(long presidency, String key, String start, String end, String precision, String title) {
		this.jdbc.update("insert into event (key, presidency_id, start_date, end_date, date_precision, type, status,"
				+ " title_lv, title_en, city_lv, city_en, country_code, publication) values (?, ?, cast(? as date),"
				+ " cast(? as date), ?, 'MEETING', 'HELD', ?, ?, 'Rīga', 'Riga', 'LV', 'PUBLISHED')", key, presidency,
				start, end, precision, title, title);
	}

	@AfterEach
	void removeEvents() {
		this.jdbc.update("delete from event where key in ('span-year', 'span-autumn', 'span-day')");
	}

	private String body(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aMonthHoldsTheSpansThatCoverItAndPointsToTheYearOnlyOnes() throws Exception {
		String all = body("/en" + TIMELINE);
		assertThat(all).contains(">3 events<");
		assertThat(counts(NAV_ITEM, all)).isEqualTo(Map.of("2019", 1L, "2019-09", 1L, "2019-10", 2L, "2019-11", 1L));
		assertThat(all).contains(">2019, month not known (1)</a>", ">October 2019 (2)</a>")
			.doesNotContain("January 2019 (");

		String october = body("/en" + TIMELINE + "&month=2019-10");
		assertThat(october).contains(">2 events<", AUTUMN_TITLE, DAY_TITLE)
			.doesNotContain(YEAR_TITLE)
			// Both under the month asked for, the autumn one too (it began in September).
			.contains("<h2 class=\"month-heading\">October 2019</h2>")
			.doesNotContain("<h2 class=\"month-heading\">September 2019</h2>")
			.contains("month=2019\">1 more event is dated only by the year 2019, month not known</a>");

		String year = body("/en" + TIMELINE + "&month=2019");
		assertThat(year).contains(">1 event<", YEAR_TITLE, "<h2 class=\"month-heading\">2019, month not known</h2>")
			.doesNotContain(AUTUMN_TITLE)
			.doesNotContain(DAY_TITLE)
			.doesNotContain("more event is dated only");

		String december = body("/en" + TIMELINE + "&month=2019-12");
		assertThat(december).contains("No published event matches these filters")
			.contains("month=2019\">1 more event is dated only by the year 2019, month not known</a>");

		String latvian = body("/lv" + TIMELINE + "&month=2019-10");
		assertThat(latvian).contains(">2 pasākumi<", "<h2 class=\"month-heading\">2019. gada oktobris</h2>",
				">Vēl 1 pasākums datēts tikai ar 2019. gadu, mēnesis nav zināms</a>",
				">2019. gads, mēnesis nav zināms (1)</a>");
	}

	@Test
	void theDownloadsFollowTheSameMonth() throws Exception {
		String csv = body("/presidencies/cbss-2018-2019/events.csv?q=" + WORD + "&month=2019-10");
		assertThat(csv).contains(AUTUMN_TITLE, DAY_TITLE).doesNotContain(YEAR_TITLE);
		assertThat(csv.lines().count()).as("header and two events").isEqualTo(3);
	}

	@Test
	void theOverviewChartCountsAsTheTimelineDoes() throws Exception {
		Map<String, Long> timeline = counts(NAV_ITEM, body("/en/presidencies/cbss-2018-2019/timeline"));
		String overview = body("/en/presidencies/cbss-2018-2019");
		Map<String, Long> chart = counts(CHART_ROW, overview);
		assertThat(chart).isEqualTo(timeline);
		assertThat(overview).contains(">2019, month not known</a>");
		// The summary counts events once, not once a month.
		long events = this.jdbc.queryForObject(
				"select count(*) from event e join presidency p"
						+ " on p.id = e.presidency_id where p.slug = 'cbss-2018-2019' and e.publication = 'PUBLISHED'",
				Long.class);
		assertThat(overview).contains(events + " events");
	}

	private static Map<String, Long> counts(Pattern pattern, String html) {
		Map<String, Long> counts = new TreeMap<>();
		Matcher matcher = pattern.matcher(html);
		while (matcher.find()) {
			counts.put(matcher.group(1), Long.parseLong(matcher.group(2)));
		}
		return counts;
	}

}
