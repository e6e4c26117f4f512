package lv.mfa.registry.timeline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The timeline, the event page and the calendar feeds over the demo data. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class TimelineTests {

	private static final String TIMELINE = "/presidencies/cbss-2018-2019/timeline";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

	private long publishedEvents(String condition, Object... args) {
		return count("select count(*) from event e join presidency p on p.id = e.presidency_id"
				+ " where p.slug = 'cbss-2018-2019' and e.publication = 'PUBLISHED' and " + condition, args);
	}

	@Test
	void listsEveryPublishedEventGroupedByMonth() throws Exception {
		long all = publishedEvents("true");
		this.mvc.perform(get("/en" + TIMELINE))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(wholeCount(all, "events"), containsString("July 2018"),
					containsString("June 2019"), containsString("Page 1 of 2"))));
	}

	@Test
	void filtersCombineAndCountPerValue() throws Exception {
		long priorityOne = publishedEvents(
				"e.priority_id = (select id from priority where number = 1" + " and presidency_id = e.presidency_id)");
		this.mvc.perform(get("/en" + TIMELINE).param("priority", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(wholeCount(priorityOne, "event")));
		long priorityOneInLatvia = publishedEvents("e.country_code = 'LV' and e.priority_id = (select id from"
				+ " priority where number = 1 and presidency_id = e.presidency_id)");
		this.mvc.perform(get("/en" + TIMELINE).param("priority", "1").param("country", "lv"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(wholeCount(priorityOneInLatvia, "event"), containsString(
					"<option value=\"LV\" selected=\"selected\">Latvia (" + priorityOneInLatvia + ")</option>"))));
	}

	@Test
	void freeTextIgnoresDiacritics() throws Exception {
		StringBuilder folded = new StringBuilder("(false");
		for (String column : List.of("title", "city", "venue", "results")) {
			for (String language : List.of("lv", "en")) {
				folded.append(" or translate(lower(e.")
					.append(column)
					.append('_')
					.append(language)
					.append("), 'āčēģīķļņšūž', 'acegiklnsuz') like '%riga%'");
			}
		}
		long inRiga = publishedEvents(folded.append(")").toString());
		assertThat(inRiga).isPositive();
		this.mvc.perform(get("/en" + TIMELINE).param("q", "riga"))
			.andExpect(status().isOk())
			.andExpect(content().string(wholeCount(inRiga, "event")));
	}

	@Test
	void badParametersAreExplainedNotFailed() throws Exception {
		this.mvc
			.perform(get("/en" + TIMELINE).param("month", "2019-13")
				.param("priority", "99")
				.param("page", "x")
				.param("type", "party"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("not a valid month"),
					containsString("does not exist in this presidency"), containsString("event type asked for"),
					wholeCount(publishedEvents("true"), "events"), not(containsString("Exception")))));
		this.mvc.perform(get(TIMELINE).param("month", "2019-13"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("nav derīgs")));
		this.mvc.perform(get("/en" + TIMELINE).param("month", "2019-06"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					wholeCount(publishedEvents("e.start_date <= date '2019-06-30' and e.end_date >= date '2019-06-01'"
							+ " and e.date_precision not in ('YEAR', 'YEARS')"), "event")));
		this.mvc.perform(get("/presidencies/none/timeline")).andExpect(status().isNotFound());
	}

	@Test
	void eventPageShowsEveryDetailAndItsAgendaByDay() throws Exception {
		Map<String, Object> event = this.jdbc.queryForMap("select e.id, e.title_en from event e where exists"
				+ " (select 1 from agenda_item a where a.event_id = e.id) and e.publication = 'PUBLISHED'"
				+ " order by (select count(*) from agenda_item a where a.event_id = e.id) desc limit 1");
		List<String> agenda = this.jdbc.queryForList(
				"select coalesce(title_en, title_lv) from agenda_item where event_id = ? order by position",
				String.class, event.get("id"));
		this.mvc.perform(get("/en/events/{id}", event.get("id")))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString(escape((String) event.get("title_en"))), containsString(escape(agenda.get(0))),
							containsString(escape(agenda.get(agenda.size() - 1))), containsString("Add to calendar"))));
		this.mvc.perform(get("/events/999999999")).andExpect(status().isNotFound());
		this.mvc.perform(get("/events/abc")).andExpect(status().isNotFound());
	}

	@Test
	void eventCalendarIsValidICalendar() throws Exception {
		Map<String, Object> event = this.jdbc.queryForMap("select id, title_en, start_date, end_date from event"
				+ " where publication = 'PUBLISHED' and end_date > start_date order by id limit 1");
		byte[] body = this.mvc.perform(get("/en/events/{id}.ics", event.get("id")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertWellFormed(body);
		ICalendar calendar = Biweekly.parse(new String(body, StandardCharsets.UTF_8)).first();
		VEvent parsed = calendar.getEvents().get(0);
		assertThat(parsed.getSummary().getValue()).isEqualTo(event.get("title_en"));
		assertThat(parsed.getDateStart().getValue().hasTime()).isFalse();
		assertThat(parsed.getUid().getValue()).contains("event-" + event.get("id"));
		assertThat(parsed.getDateTimeStamp()).isNotNull();
		java.time.LocalDate end = ((java.sql.Date) event.get("end_date")).toLocalDate();
		biweekly.util.DateTimeComponents raw = parsed.getDateEnd().getValue().getRawComponents();
		assertThat(java.time.LocalDate.of(raw.getYear(), raw.getMonth(), raw.getDate())).isEqualTo(end.plusDays(1));
	}

	@Test
	void presidencyCalendarHoldsEveryPublishedEvent() throws Exception {
		byte[] body = this.mvc.perform(get("/presidencies/cbss-2018-2019/events.ics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertWellFormed(body);
		String text = new String(body, StandardCharsets.UTF_8);
		ICalendar calendar = Biweekly.parse(text).first();
		assertThat(calendar.getEvents()).hasSize((int) publishedEvents("true"));
		List<String> titles = this.jdbc.queryForList("select title_lv from event e join presidency p on"
				+ " p.id = e.presidency_id where p.slug = 'cbss-2018-2019' and e.publication = 'PUBLISHED'"
				+ " order by e.start_date, e.end_date, e.id", String.class);
		assertThat(calendar.getEvents()).extracting((e) -> e.getSummary().getValue()).containsExactlyElementsOf(titles);
		this.mvc.perform(get("/presidencies/cbss-2019-2020/events.ics")).andExpect(status().isNotFound());
	}

	@Test
	void escapesAndFoldsText() {
		assertThat(IcsWriter.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
	}

	/** CRLF only, no line over 75 octets, continuation lines start with a space. */
	private static void assertWellFormed(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).endsWith("\r\n").doesNotContain("\n\n");
		assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		for (String line : text.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").contains("DTSTART;VALUE=DATE:");
	}

	private static String escape(String text) {
		return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/**
	 * The page says "{@code n} {@code noun}…" with n as a whole number: for n = 5, "15
	 * events" does not pass.
	 */
	private static Matcher<String> wholeCount(long n, String noun) {
		return matchesPattern(Pattern.compile("(?s).*(?<![\\d.,\\u00a0])" + n + "[ \\u00a0]" + noun + ".*"));
	}

}
