package lv.mfa.registry.event.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.event.EventRepository;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.cache.PublicPageCache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Public pages are cached, and whatever is committed through Hibernate (a publication
 * through the admin service, a plain repository save) empties the cache, so the next
 * public request shows the change. Writes with plain SQL bypass Hibernate: they need
 * {@link PublicPageCache#evictAll()}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class PublicPageCacheInvalidationTests {

	private static final String OVERVIEW = "/presidencies/cbss-2018-2019";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublicPageCache cache;

	@Autowired
	EventEditing eventEditing;

	@Autowired
	EventRepository events;

	@Autowired
	TransactionTemplate transactions;

	private long eventId;

	private String titleLv;

	private String titleEn;

	@BeforeEach
	void pickPublishedEvent() {
		this.eventId = this.jdbc.queryForObject("select e.id from event e join presidency p on p.id = e.presidency_id"
				+ " where p.slug = 'cbss-2018-2019' and e.publication = 'PUBLISHED' order by e.start_date, e.id limit 1",
				Long.class);
		this.titleLv = this.jdbc.queryForObject("select title_lv from event where id = ?", String.class, this.eventId);
		this.titleEn = this.jdbc.queryForObject("select title_en from event where id = ?", String.class, this.eventId);
	}

	@AfterEach
	void restoreEvent() {
		this.jdbc.update("update event set publication = 'PUBLISHED', title_lv = ?, title_en = ? where id = ?",
				this.titleLv, this.titleEn, this.eventId);
		this.cache.evictAll();
	}

	private long publishedCount() {
		return this.jdbc.queryForObject("select count(*) from event e join presidency p on p.id = e.presidency_id"
				+ " where p.slug = 'cbss-2018-2019' and e.publication = 'PUBLISHED'", Long.class);
	}

	/** Runs a staff action as a coordinator (a MockMvc request clears the context). */
	private static void asCoordinator(Runnable action) {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("coordinator", "", "ROLE_COORDINATOR"));
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void withdrawingAndPublishingThroughTheAdminServiceShowsAtOnce() throws Exception {
		long published = publishedCount();
		this.mvc.perform(get("/events/{id}", this.eventId)).andExpect(status().isOk());
		this.mvc.perform(get(OVERVIEW))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd>" + published + "</dd>")));
		assertThat(this.cache.size()).as("pages kept").isGreaterThanOrEqualTo(2);

		asCoordinator(() -> this.eventEditing.unpublish(this.eventId));

		this.mvc.perform(get("/events/{id}", this.eventId)).andExpect(status().isNotFound());
		this.mvc.perform(get(OVERVIEW))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd>" + (published - 1) + "</dd>")));

		asCoordinator(() -> this.eventEditing.publish(this.eventId));

		this.mvc.perform(get("/events/{id}", this.eventId)).andExpect(status().isOk());
		this.mvc.perform(get(OVERVIEW))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd>" + published + "</dd>")));
	}

	@Test
	void aRepositorySaveShowsOnTheNextRequest() throws Exception {
		String renamed = "Kešatmiņas pārbaude " + this.eventId;
		this.mvc.perform(get("/lv/events/{id}", this.eventId))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(renamed))));
		this.mvc.perform(get("/lv" + OVERVIEW + "/timeline"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(renamed))));

		this.transactions.executeWithoutResult((status) -> {
			var event = this.events.findById(this.eventId).orElseThrow();
			event.change(event.getStartDate(), event.getEndDate(), event.getType(), event.getStatus(),
					LocalizedText.of(renamed, this.titleEn));
		});

		this.mvc.perform(get("/lv/events/{id}", this.eventId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(renamed)));
		this.mvc.perform(get("/lv" + OVERVIEW + "/timeline"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(renamed)));
	}

	@Test
	void plainSqlNeedsAnExplicitEviction() throws Exception {
		String renamed = "SQL bez Hibernate " + this.eventId;
		this.mvc.perform(get("/lv/events/{id}", this.eventId)).andExpect(status().isOk());
		this.jdbc.update("update event set title_lv = ? where id = ?", renamed, this.eventId);

		this.mvc.perform(get("/lv/events/{id}", this.eventId))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(renamed))));
		this.cache.evictAll();
		this.mvc.perform(get("/lv/events/{id}", this.eventId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(renamed)));
	}

	@Test
	void aCachedPageKeepsItsEtagUntilAChangeIsCommitted() throws Exception {
		String uncached = this.mvc.perform(get(OVERVIEW + "/timeline"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		String cached = this.mvc.perform(get(OVERVIEW + "/timeline"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		assertThat(uncached).isNotNull();
		assertThat(cached).as("the same bytes from the cache").isEqualTo(uncached);
		this.mvc.perform(get(OVERVIEW + "/timeline").header(HttpHeaders.IF_NONE_MATCH, cached))
			.andExpect(status().isNotModified());

		this.transactions.executeWithoutResult((status) -> {
			var event = this.events.findById(this.eventId).orElseThrow();
			event.change(event.getStartDate(), event.getEndDate(), event.getType(), event.getStatus(),
					LocalizedText.of("ETag " + this.eventId, this.titleEn));
		});

		this.mvc.perform(get(OVERVIEW + "/timeline").header(HttpHeaders.IF_NONE_MATCH, cached))
			.andExpect(status().isOk());
	}

}
