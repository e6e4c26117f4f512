package lv.mfa.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * No N+1: each public page issues the same number of SQL statements whether it shows a
 * few rows or many. Each page is measured (Hibernate's statistics count every prepared
 * statement) over the demo data, then again after this test adds published events, agenda
 * items, organisers and projects that the same page shows; the extra rows are deleted
 * afterwards.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class StatementCountTests {

	private static final String PREFIX = "stmt-count-";

	private static final String WORD = "zqxstatementword";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	PublicPageCache cache;

	private Statistics statistics;

	private long presidencyId;

	private long priorityId;

	private long workingGroupId;

	private String workingGroupCode;

	private long programmeId;

	private List<Long> institutions;

	private List<Long> organisations;

	@BeforeEach
	void findReferences() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.presidencyId = this.jdbc.queryForObject("select id from presidency where slug = 'cbss-2018-2019'",
				Long.class);
		this.priorityId = this.jdbc.queryForObject("select id from priority where presidency_id = ? and number = 1",
				Long.class, this.presidencyId);
		Map<String, Object> group = this.jdbc
			.queryForMap("select id, code from working_group where publication = 'PUBLISHED' order by code limit 1");
		this.workingGroupId = (Long) group.get("id");
		this.workingGroupCode = (String) group.get("code");
		this.institutions = this.jdbc.queryForList("select id from institution order by id limit 3", Long.class);
		this.organisations = this.jdbc.queryForList("select id from organisation order by id limit 3", Long.class);
		this.programmeId = this.jdbc.queryForObject(
				"insert into funding_programme (code, name_lv, name_en)"
						+ " values ('STMT-COUNT', 'Skaitīšanas programma', 'Counting programme') returning id",
				Long.class);
	}

	@AfterEach
	void removeExtraRows() {
		this.jdbc.update("delete from event where key like ?", PREFIX + "%");
		this.jdbc.update("delete from project where key like ?", PREFIX + "%");
		this.jdbc.update("delete from funding_programme where code = 'STMT-COUNT'");
	}

	private long statements(String url) throws Exception {
		// The uncached path: what the page costs when it reads the database.
		this.cache.evictAll();
		this.statistics.clear();
		this.mvc.perform(get(url)).andExpect(status().isOk());
		return this.statistics.getPrepareStatementCount();
	}

	@Test
	void pagesIssueAConstantNumberOfStatements() throws Exception {
		long richEvent = addEvent(0, 1);
		long plainEvent = addEvent(1, 0);
		long project = addProject(0, 1);
		String slug = "/presidencies/cbss-2018-2019";
		Map<String, Supplier<String>> pages = new LinkedHashMap<>();
		pages.put("overview", () -> slug);
		pages.put("timeline", () -> slug + "/timeline?month=2019-03");
		pages.put("filtered timeline", () -> slug + "/timeline?priority=1&q=" + WORD + "&organiser=");
		pages.put("priority", () -> slug + "/priorities/1");
		pages.put("working group", () -> "/working-groups/" + this.workingGroupCode);
		pages.put("projects", () -> "/projects?programme=STMT-COUNT");
		pages.put("project", () -> "/projects/" + project);
		pages.put("search", () -> "/search?q=" + WORD);
		pages.put("events.ics", () -> slug + "/events.ics");
		pages.put("events.json", () -> slug + "/events.json");
		pages.put("projects.csv", () -> slug + "/projects.csv");
		Map<String, Long> few = new LinkedHashMap<>();
		for (Map.Entry<String, Supplier<String>> page : pages.entrySet()) {
			few.put(page.getKey(), statements(page.getValue().get()));
		}
		long plainEventPage = statements("/events/" + plainEvent);

		for (int i = 2; i < 22; i++) {
			addEvent(i, 4);
		}
		for (int i = 1; i < 15; i++) {
			addProject(i, 6);
		}
		addAgenda(richEvent, 12);
		Map<String, Long> many = new LinkedHashMap<>();
		for (Map.Entry<String, Supplier<String>> page : pages.entrySet()) {
			many.put(page.getKey(), statements(page.getValue().get()));
		}
		System.out.println("SQL statements per page: " + few + ", event page " + plainEventPage);
		assertThat(many).as("statements per page with many rows (before: %s)", few).isEqualTo(few);
		assertThat(statements("/events/" + richEvent)).as("event page with a long agenda").isEqualTo(plainEventPage);
		assertThat(few.values()).allSatisfy((count) -> assertThat(count).isBetween(1L, 15L));
	}

	/** A published event in March 2019 under priority 1 and the working group. */
	private long addEvent(int index, int agendaItems) {
		LocalDate day = LocalDate.of(2019, 3, 1 + index % 28);
		long id = this.jdbc.queryForObject("insert into event (key, presidency_id, start_date, end_date, city_lv,"
				+ " city_en, country_code, type, status, title_lv, title_en, results_lv, working_group_id,"
				+ " priority_id, publication) values (?, ?, ?, ?, 'Rīga', 'Riga', 'LV', 'MEETING', 'HELD', ?, ?, ?, ?,"
				+ " ?, 'PUBLISHED') returning id", Long.class, PREFIX + index, this.presidencyId, day, day,
				"Sanāksme " + WORD + " " + index, "Meeting " + WORD + " " + index, "Rezultāti " + index,
				this.workingGroupId, this.priorityId);
		for (Long institution : this.institutions) {
			this.jdbc.update("insert into event_organiser (event_id, institution_id) values (?, ?)", id, institution);
		}
		for (Long organisation : this.organisations) {
			this.jdbc.update("insert into event_partner (event_id, organisation_id) values (?, ?)", id, organisation);
		}
		addAgenda(id, agendaItems);
		return id;
	}

	private void addAgenda(long eventId, int items) {
		int start = this.jdbc.queryForObject("select count(*) from agenda_item where event_id = ?", Integer.class,
				eventId);
		LocalDate day = this.jdbc.queryForObject("select start_date from event where id = ?", LocalDate.class, eventId);
		for (int i = start; i < start + items; i++) {
			this.jdbc.update("insert into agenda_item (event_id, position, day, title_lv, title_en, speakers_lv)"
					+ " values (?, ?, ?, ?, ?, 'Runātājs')", eventId, i, day, "Punkts " + i, "Item " + i);
			this.jdbc.update("insert into event_document (event_id, position, title_lv) values (?, ?, ?)", eventId, i,
					"Dokuments " + i);
		}
	}

	private long addProject(int index, int partners) {
		long id = this.jdbc.queryForObject(
				"insert into project (key, title_lv, title_en, start_year, end_year,"
						+ " programme_id, status, presidency_id, priority_id, publication, description_en)"
						+ " values (?, ?, ?, 2018, 2019, ?, 'APPROVED', ?, ?, 'PUBLISHED', ?) returning id",
				Long.class, PREFIX + index, "Projekts " + WORD + " " + index, "Project " + WORD + " " + index,
				this.programmeId, this.presidencyId, this.priorityId, "About " + WORD);
		List<String> countries = new ArrayList<>(List.of("LV", "EE", "LT", "FI", "SE", "DE", "PL"));
		for (int i = 0; i < partners; i++) {
			this.jdbc.update(
					"insert into project_partner (project_id, position, name_lv, country_code, lead)"
							+ " values (?, ?, ?, ?, ?)",
					id, i, "Partneris " + i, countries.get(i % countries.size()), i == 0);
		}
		return id;
	}

}
