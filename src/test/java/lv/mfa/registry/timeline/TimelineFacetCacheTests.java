package lv.mfa.registry.timeline;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.event.Event;
import lv.mfa.registry.event.EventRepository;
import lv.mfa.registry.shared.Publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The timeline's counts are kept per filter combination, whatever the page, and a change
 * committed through Hibernate (as staff publish and withdraw) shows on the next request
 * of any page: counts kept before the commit are never answered again.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class TimelineFacetCacheTests {

	private static final String TIMELINE = "/en/presidencies/cbss-2018-2019/timeline";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EventRepository events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TimelineFacetCache facetCache;

	private Long withdrawn;

	@AfterEach
	void publishAgain() {
		if (this.withdrawn != null) {
			setPublication(this.withdrawn, Publication.PUBLISHED);
		}
	}

	@Test
	void countsAreKeptUntilAChangeCommits() throws Exception {
		long published = publishedMeetings();
		String filtered = TIMELINE + "?type=MEETING";
		this.mvc.perform(get(filtered))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"result-count\">" + published + " events")));
		long kept = this.facetCache.size();
		assertThat(kept).isPositive();
		// Another page of the same filters reuses the counts.
		this.mvc.perform(get(filtered + "&page=2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"result-count\">" + published + " events")));
		assertThat(this.facetCache.size()).isEqualTo(kept);

		this.withdrawn = this.jdbc.queryForObject("select e.id from event e join presidency p on p.id = e.presidency_id"
				+ " where p.slug = 'cbss-2018-2019' and e.publication = 'PUBLISHED' and e.type = 'MEETING'"
				+ " order by e.id limit 1", Long.class);
		setPublication(this.withdrawn, Publication.DRAFT);

		this.mvc.perform(get(filtered + "&page=3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"result-count\">" + (published - 1) + " event")));
		this.mvc.perform(get(filtered))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"result-count\">" + (published - 1) + " event")));
		assertThat(publishedMeetings()).isEqualTo(published - 1);
	}

	private long publishedMeetings() {
		return this.jdbc.queryForObject(
				"select count(*) from event e join presidency p on p.id = e.presidency_id"
						+ " where p.slug = 'cbss-2018-2019' and e.publication = 'PUBLISHED' and e.type = 'MEETING'",
				Long.class);
	}

	/** As staff do: through Hibernate, in a transaction that commits. */
	private void setPublication(long id, Publication publication) {
		this.transactions.executeWithoutResult((status) -> {
			Event event = this.events.findById(id).orElseThrow();
			event.setPublication(publication);
		});
	}

}
