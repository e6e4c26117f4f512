package lv.mfa.registry.timeline;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import lv.mfa.registry.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Calendar entries carry categories and a link to their page; their DTSTAMP is the
 * record's last change, so an unchanged feed keeps its ETag and a poller gets 304.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class CalendarFeedTests {

	static final String FEED = "/presidencies/cbss-2018-2019/events.ics";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void entriesHaveCategoriesAndALinkBack() throws Exception {
		String ics = unfold(this.mvc.perform(get(FEED).param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		long events = this.jdbc.queryForObject(
				"select count(*) from event e join presidency p on p.id ="
						+ " e.presidency_id where p.slug = 'cbss-2018-2019' and e.publication = 'PUBLISHED'",
				Long.class);
		assertThat(ics.split("\r\nCATEGORIES:", -1).length - 1).isEqualTo((int) events);
		var row = this.jdbc.queryForMap("select e.id, e.type, p.number, w.code from event e join priority p"
				+ " on p.id = e.priority_id join working_group w on w.id = e.working_group_id join presidency s"
				+ " on s.id = e.presidency_id where s.slug = 'cbss-2018-2019' and e.publication = 'PUBLISHED'"
				+ " order by e.id limit 1");
		String type = this.messages.getMessage("event.type." + row.get("type"), null, Locale.ENGLISH);
		String entry = ics.substring(ics.indexOf("UID:event-" + row.get("id") + "@"));
		entry = entry.substring(0, entry.indexOf("END:VEVENT"));
		assertThat(entry)
			.contains("\r\nCATEGORIES:" + type + ",Priority " + row.get("number") + "," + row.get("code") + "\r\n")
			.contains("\r\nURL:http://localhost/events/" + row.get("id") + "\r\n");
		String description = entry.substring(entry.indexOf("\r\nDESCRIPTION:") + 2);
		description = description.substring(0, description.indexOf("\r\n"));
		assertThat(description).endsWith("http://localhost/events/" + row.get("id"));
		assertThat(ics).contains("DESCRIPTION:").doesNotContain("CATEGORIES:\r\n");
	}

	@Test
	void anUnchangedFeedKeepsItsETag() throws Exception {
		MvcResult first = this.mvc.perform(get(FEED).param("lang", "lv")).andExpect(status().isOk()).andReturn();
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		Thread.sleep(1100);
		MvcResult second = this.mvc.perform(get(FEED).param("lang", "lv")).andExpect(status().isOk()).andReturn();
		assertThat(second.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
		this.mvc.perform(get(FEED).param("lang", "lv").header("If-None-Match", etag))
			.andExpect(status().isNotModified());
	}

	private static String unfold(String ics) {
		return ics.replace("\r\n ", "");
	}

}
