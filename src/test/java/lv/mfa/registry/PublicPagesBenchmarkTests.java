package lv.mfa.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.shared.cache.PublicPageCache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Page latency with about 20,000 published events in one presidency. Not part of the
 * default build; run it with {@code ./mvnw -B verify -Dsurefire.excludedGroups=none
 * -Dtest=PublicPagesBenchmarkTests -Dsurefire.failIfNoSpecifiedTests=false}. The
 * generated events are deleted afterwards. Each page is timed uncached (the public page
 * cache emptied before each request) and cached; the feeds are not cached (their ETag
 * spares the transfer, not the work).
 */
@Tag("benchmark")
@SpringBootTest(properties = "spring.jpa.properties.hibernate.session.events.log.LOG_QUERIES_SLOWER_THAN_MS=10")
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class PublicPagesBenchmarkTests {

	private static final int EVENTS = 20_000;

	private static final int RUNS = 7;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublicPageCache cache;

	@AfterEach
	void removeGeneratedEvents() {
		this.jdbc.update("delete from event where key like 'bench-%'");
	}

	@Test
	void pagesStayFastWithTwentyThousandEvents() throws Exception {
		long started = System.nanoTime();
		generateEvents();
		long generated = (System.nanoTime() - started) / 1_000_000;
		String slug = "/presidencies/cbss-2018-2019";
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("overview", slug);
		pages.put("timeline", slug + "/timeline");
		pages.put("timeline page 400", slug + "/timeline?page=400");
		pages.put("timeline filtered", slug + "/timeline?priority=1&country=EE&type=CONFERENCE&month=2019-02");
		pages.put("timeline text", slug + "/timeline?q=tirdzniecibu");
		pages.put("priority", slug + "/priorities/1");
		pages.put("search", "/search?q=cilveku%20tirdznieciba");
		pages.put("events.ics", slug + "/events.ics");
		pages.put("events.csv", slug + "/events.csv");
		pages.put("events.json", slug + "/events.json");
		StringBuilder report = new StringBuilder(
				"Benchmark: " + EVENTS + " generated events in " + generated + " ms; page latency over " + RUNS
						+ " runs (median / p95, ms), uncached (cache emptied before" + " each request) and cached:\n");
		report.append(String.format("  %-20s %15s %15s%n", "", "uncached", "cached"));
		Map<String, Long> medians = new LinkedHashMap<>();
		for (Map.Entry<String, String> page : pages.entrySet()) {
			for (int i = 0; i < 3; i++) {
				this.cache.evictAll();
				this.mvc.perform(get(page.getValue())).andExpect(status().isOk());
			}
			List<Long> uncached = new ArrayList<>();
			for (int i = 0; i < RUNS; i++) {
				this.cache.evictAll();
				uncached.add(time(page.getValue()));
			}
			this.mvc.perform(get(page.getValue())).andExpect(status().isOk());
			List<Long> cached = new ArrayList<>();
			for (int i = 0; i < RUNS; i++) {
				cached.add(time(page.getValue()));
			}
			report.append(String.format("  %-20s %6d / %6d %6d / %6d%n", page.getKey(), median(uncached), p95(uncached),
					median(cached), p95(cached)));
			medians.put(page.getKey(), median(uncached));
		}
		System.out.println(report);
		medians.forEach((page, median) -> {
			if (!page.startsWith("events.")) {
				assertThat(median).as(page + " median latency").isLessThan(2_000);
			}
		});
	}

	private long time(String url) throws Exception {
		long start = System.nanoTime();
		this.mvc.perform(get(url)).andExpect(status().isOk());
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static long median(List<Long> times) {
		List<Long> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	private static long p95(List<Long> times) {
		List<Long> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
	}

	/**
	 * Published events spread over the presidency's year, its priorities, a few working
	 * groups, countries and types, each with one organiser, in two statements.
	 */
	private void generateEvents() {
		Long presidency = this.jdbc.queryForObject("select id from presidency where slug = 'cbss-2018-2019'",
				Long.class);
		this.jdbc.update("""
				insert into event (key, presidency_id, start_date, end_date, city_lv, city_en, country_code, type,
				                   status, title_lv, title_en, results_lv, results_en, priority_id, working_group_id,
				                   publication)
				select 'bench-' || g, ?, date '2018-07-01' + (g % 365), date '2018-07-01' + (g % 365) + (g % 3),
				       (array['Rīga', 'Tallina', 'Viļņa', 'Helsinki'])[1 + g % 4],
				       (array['Riga', 'Tallinn', 'Vilnius', 'Helsinki'])[1 + g % 4],
				       (array['LV', 'EE', 'LT', 'FI'])[1 + g % 4],
				       (array['MEETING', 'CONFERENCE', 'SEMINAR', 'WORKSHOP', 'FORUM'])[1 + g % 5], 'HELD',
				       'Ekspertu sanāksme nr. ' || g || ' par cilvēku tirdzniecību un pilsoniskās sabiedrības lomu',
				       'Expert meeting no. ' || g || ' on trafficking in human beings and the role of civil society',
				       'Dalībnieki apsprieda sadarbību reģionā. ' || repeat('Sīkāks apraksts. ', 10),
				       'Participants discussed co-operation in the region. ' || repeat('More detail. ', 10),
				       (select id from priority where presidency_id = ? order by number offset (g % 3) limit 1),
				       (select id from working_group order by id offset (g % 5) limit 1), 'PUBLISHED'
				from generate_series(1, ?) g
				""", presidency, presidency, EVENTS);
		this.jdbc.update("insert into event_organiser (event_id, institution_id) select e.id,"
				+ " (select id from institution order by id limit 1) from event e where e.key like 'bench-%'");
		// As autovacuum would soon after a bulk load: statistics and the visibility map
		// (which index-only scans rely on).
		this.jdbc.execute("vacuum analyze event");
		this.jdbc.execute("vacuum analyze event_organiser");
	}

}
