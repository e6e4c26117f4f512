package lv.mfa.registry.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How long the PDF of a large presidency takes: generates a presidency with 500 published
 * events (Latvian texts of the demo's length), renders its informative report a few times
 * and logs the times and the heap. Not part of the default run (tag "benchmark"); run it
 * in a 512 MB heap with
 * {@code ./mvnw verify -Dtest=ReportBenchmarkTests -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.excludedGroups=none -DargLine=-Xmx512m}.
 */
@Tag("benchmark")
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@WithMockUser(roles = "COORDINATOR")
class ReportBenchmarkTests {

	private static final Logger logger = LoggerFactory.getLogger(ReportBenchmarkTests.class);

	private static final String SLUG = "bench-500-events";

	private static final int EVENTS = 500;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void generatePresidency() {
		Long organisation = this.jdbc.queryForObject("select id from organisation where code = 'CBSS'", Long.class);
		this.jdbc.update(
				"insert into presidency (slug, organisation_id, country_code, ordinal, period_start,"
						+ " period_end, introduction_lv, committee_narrative_lv, other_directions_lv, publication)"
						+ " values (?, ?, 'LV', 99, date '2030-07-01', date '2031-06-30', ?, ?, ?, 'PUBLISHED')",
				SLUG, organisation, "Ievads ar garumzīmēm: ā č ē ģ ī ķ ļ ņ š ū ž.",
				"Vecāko amatpersonu komitejas darbs.", "Citi darba virzieni.");
		Long presidency = this.jdbc.queryForObject("select id from presidency where slug = ?", Long.class, SLUG);
		for (int number = 1; number <= 3; number++) {
			this.jdbc.update(
					"insert into priority (presidency_id, number, title_lv, title_en, narrative_lv)"
							+ " values (?, ?, ?, ?, ?)",
					presidency, number, "Prioritāte " + number, "Priority " + number,
					"Prioritātes apraksts. ".repeat(40));
		}
		List<Long> priorities = this.jdbc
			.queryForList("select id from priority where presidency_id = ? order by number", Long.class, presidency);
		List<Object[]> rows = new ArrayList<>();
		LocalDate start = LocalDate.of(2030, 7, 1);
		for (int i = 0; i < EVENTS; i++) {
			LocalDate day = start.plusDays((i * 364L) / EVENTS);
			rows.add(new Object[] { "bench-event-" + i, presidency, day, day.plusDays(i % 3), "Rīga", "Riga",
					"Starptautiska konference “Ilgtspējīga attīstība Baltijas jūras reģionā” Nr. " + i,
					"Diskusijas par reģiona sadarbību, ilgtspējīgu attīstību un kultūras mantojumu; pieņemts kopīgs"
							+ " paziņojums, dalībnieki vienojās par turpmākajiem soļiem un nākamo tikšanos.",
					priorities.get(i % 3) });
		}
		this.jdbc.batchUpdate("insert into event (key, presidency_id, start_date, end_date, city_lv, city_en, type,"
				+ " status, title_lv, results_lv, priority_id, publication)"
				+ " values (?, ?, ?, ?, ?, ?, 'CONFERENCE', 'HELD', ?, ?, ?, 'PUBLISHED')", rows);
	}

	@AfterEach
	void removePresidency() {
		this.jdbc.update("delete from event where presidency_id = (select id from presidency where slug = ?)", SLUG);
		this.jdbc.update("delete from presidency where slug = ?", SLUG);
	}

	@Test
	void pdfOfFiveHundredEvents() throws Exception {
		measure("cbss-2018-2019");
		int pages = measure(SLUG);
		assertThat(pages).isGreaterThan(EVENTS / 10);
	}

	private int measure(String slug) throws Exception {
		List<Long> times = new ArrayList<>();
		int pages = 0;
		for (int run = 0; run < 4; run++) {
			long started = System.nanoTime();
			byte[] pdf = this.mvc.perform(get("/admin/presidencies/" + slug + "/report.pdf").param("lang", "lv"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			times.add((System.nanoTime() - started) / 1_000_000);
			try (PDDocument document = Loader.loadPDF(pdf)) {
				pages = document.getNumberOfPages();
			}
		}
		Runtime runtime = Runtime.getRuntime();
		logger.info(
				"Informative report PDF of {}, {} pages: {} ms per run (the first includes warm-up);"
						+ " max heap {} MB, used now {} MB",
				slug, pages, times, runtime.maxMemory() / (1024 * 1024),
				(runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
		return pages;
	}

}
