package lv.mfa.registry.event.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import lv.mfa.registry.StaffFixtures;
import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.event.EventRepository;
import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.presidency.PresidencyRepository;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.InstitutionRepository;
import lv.mfa.registry.security.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff editing of events over the demo data: who may change what, drafts and publishing,
 * validation, conflicts and history. Every event a test creates is deleted afterwards, so
 * the demo data's counts stay as they are.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class EventEditingTests {

	private static final Pattern EDIT_URL = Pattern.compile("/admin/events/(\\d+)/edit");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	InstitutionRepository institutions;

	@Autowired
	PresidencyRepository presidencies;

	@Autowired
	EventRepository events;

	@Autowired
	JdbcTemplate jdbc;

	private StaffFixtures staff;

	private final List<Long> eventIds = new ArrayList<>();

	private Institution own;

	private Institution other;

	private Presidency presidency;

	private long priorityOne;

	private UserDetails editor;

	private UserDetails otherEditor;

	private UserDetails coordinator;

	@BeforeEach
	void createStaff() {
		this.staff = new StaffFixtures(this.context, "event");
		List<Institution> all = this.institutions.findAllByOrderByCode();
		this.own = all.get(0);
		this.other = all.get(1);
		this.presidency = this.presidencies.findBySlug("cbss-2018-2019").orElseThrow();
		this.priorityOne = this.jdbc.queryForObject("select id from priority where presidency_id = ? and number = 1",
				Long.class, this.presidency.getId());
		this.editor = this.staff.signIn(StaffRole.EDITOR, this.own);
		this.otherEditor = this.staff.signIn(StaffRole.EDITOR, this.other);
		this.coordinator = this.staff.signIn(StaffRole.COORDINATOR);
	}

	@AfterEach
	void deleteWhatTheTestMade() {
		this.eventIds.forEach((id) -> this.jdbc.update("delete from event where id = ?", id));
		this.staff.deleteAll();
	}

	/**
	 * A two-day seminar's form; {@code changes} are name/value pairs that replace (or,
	 * with a null value, drop) its fields.
	 */
	private MockHttpServletRequestBuilder eventForm(MockHttpServletRequestBuilder request, String titleLv,
			String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("presidencyId", String.valueOf(this.presidency.getId()));
		fields.put("priorityId", String.valueOf(this.priorityOne));
		fields.put("startDate", "2019-03-04");
		fields.put("endDate", "2019-03-05");
		fields.put("type", "SEMINAR");
		fields.put("status", "PLANNED");
		fields.put("titleLv", titleLv);
		fields.put("titleEn", "Test seminar");
		fields.put("organiserIds", String.valueOf(this.own.getId()));
		fields.put("agenda[0].day", "2019-03-04");
		fields.put("agenda[0].startTime", "10:00");
		fields.put("agenda[0].titleLv", "Atklāšana");
		fields.put("agenda[1].day", "2019-03-05");
		fields.put("agenda[1].titleEn", "Closing");
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		fields.forEach((name, value) -> {
			if (value != null) {
				request.param(name, value);
			}
		});
		return request;
	}

	private long create(UserDetails who, String titleLv) throws Exception {
		String location = this.mvc.perform(eventForm(post("/admin/events"), titleLv).with(user(who)).with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Matcher matcher = EDIT_URL.matcher(location);
		assertThat(matcher.matches()).as(location).isTrue();
		long id = Long.parseLong(matcher.group(1));
		this.eventIds.add(id);
		return id;
	}

	private long version(long id) {
		return this.jdbc.queryForObject("select version from event where id = ?", Long.class, id);
	}

	private String titleLv(long id) {
		return this.jdbc.queryForObject("select title_lv from event where id = ?", String.class, id);
	}

	@Test
	void aNewEventIsADraftOffPublicPagesUntilACoordinatorPublishesIt() throws Exception {
		long published = this.events.countPublishedByPresidency(this.presidency.getId());
		long id = create(this.editor, "Melnraksta seminārs");
		assertThat(this.jdbc.queryForObject("select publication from event where id = ?", String.class, id))
			.isEqualTo("DRAFT");
		assertThat(this.jdbc.queryForObject("select count(*) from agenda_item where event_id = ?", Long.class, id))
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select priority_id from event where id = ?", Long.class, id))
			.isEqualTo(this.priorityOne);
		this.mvc.perform(get("/presidencies/cbss-2018-2019"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd>" + published + "</dd>")));

		this.mvc.perform(post("/admin/events/{id}/publish", id).with(user(this.editor)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/events/{id}/publish", id).with(user(this.coordinator)).with(csrf()))
			.andExpect(redirectedUrl("/admin/events/" + id + "/edit"));
		this.mvc.perform(get("/presidencies/cbss-2018-2019"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd>" + (published + 1) + "</dd>")));

		// Changing it again makes it a draft again, and it leaves the public pages.
		this.mvc
			.perform(
					eventForm(post("/admin/events/{id}", id), "Labots seminārs", "version", String.valueOf(version(id)))
						.with(user(this.editor))
						.with(csrf()))
			.andExpect(redirectedUrl("/admin/events/" + id + "/edit"));
		this.mvc.perform(get("/presidencies/cbss-2018-2019"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd>" + published + "</dd>")));
	}

	/**
	 * An event known only as a month is stored as the month's span and said as a month on
	 * its public page, in the timeline and in the staff list.
	 */
	@Test
	void anEventKnownOnlyAsAMonthIsSaidAsAMonth() throws Exception {
		String location = this.mvc
			.perform(eventForm(post("/admin/events"), "Mēneša seminārs", "datePrecision", "MONTH", "agenda[0].day",
					null, "agenda[0].startTime", null, "agenda[0].titleLv", null, "agenda[1].day", null,
					"agenda[1].titleEn", null)
				.with(user(this.coordinator))
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Matcher matcher = EDIT_URL.matcher(location);
		assertThat(matcher.matches()).as(location).isTrue();
		long id = Long.parseLong(matcher.group(1));
		this.eventIds.add(id);
		assertThat(this.jdbc.queryForMap(
				"select start_date::text as s, end_date::text as e, date_precision as p" + " from event where id = ?",
				id))
			.containsEntry("s", "2019-03-01")
			.containsEntry("e", "2019-03-31")
			.containsEntry("p", "MONTH");
		this.mvc.perform(get("/admin/events/{id}/edit", id).with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"MONTH\" selected=\"selected\">")));
		this.mvc.perform(post("/admin/events/{id}/publish", id).with(user(this.coordinator)).with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(get("/lv/events/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">2019. gada martā</time>")));
		this.mvc.perform(get("/en/events/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">in March 2019</time>")));
		this.mvc.perform(get("/en/presidencies/cbss-2018-2019/timeline").param("month", "2019-03"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Mar 2019</time>")));
	}

	@Test
	void anEditorCannotChangeAnotherInstitutionsEventEvenByPostingDirectly() throws Exception {
		long id = create(this.editor, "Citas iestādes pasākums");
		long version = version(id);
		this.mvc.perform(get("/admin/events/{id}/edit", id).with(user(this.otherEditor)))
			.andExpect(status().isForbidden());
		// Their list does not show another institution's draft (EditorVisibilityTests).
		this.mvc.perform(get("/admin/events").param("q", "Citas iestādes").with(user(this.otherEditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("Citas iestādes pasākums")),
					not(containsString("/admin/events/" + id + "/edit")),
					not(containsString("/admin/events/" + id + "/history")))));
		this.mvc
			.perform(eventForm(post("/admin/events/{id}", id), "Pārrakstīts", "version", String.valueOf(version),
					"organiserIds", String.valueOf(this.other.getId()))
				.with(user(this.otherEditor))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/events/{id}/delete", id).with(user(this.otherEditor)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(titleLv(id)).isEqualTo("Citas iestādes pasākums");
		assertThat(version(id)).isEqualTo(version);

		// A coordinator may change everything.
		this.mvc.perform(get("/admin/events/{id}/edit", id).with(user(this.coordinator))).andExpect(status().isOk());
	}

	@Test
	void anEventIsLinkedToItsWorkingGroupAndProjectAndAnUnknownOneIsRefused() throws Exception {
		long id = create(this.coordinator, "Darba grupas sanāksme");
		long group = this.jdbc.queryForObject("select id from working_group where code = 'TF-THB'", Long.class);
		long project = this.jdbc.queryForObject("select id from project where key = 'psf-2019-cape'", Long.class);
		this.mvc
			.perform(eventForm(post("/admin/events/{id}", id), "Darba grupas sanāksme", "version",
					String.valueOf(version(id)), "workingGroupId", String.valueOf(group), "projectId",
					String.valueOf(project))
				.with(user(this.coordinator))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForMap("select working_group_id, project_id from event where id = ?", id))
			.containsEntry("working_group_id", group)
			.containsEntry("project_id", project);
		this.mvc.perform(get("/admin/events/{id}/edit", id).with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<option value=\"" + group + "\" selected=\"selected\">TF-THB"),
						containsString("<option value=\"" + this.priorityOne + "\" selected=\"selected\">"),
						containsString("<option value=\"" + this.presidency.getId() + "\" selected=\"selected\">"),
						containsString("<option value=\"" + project + "\" selected=\"selected\">CAPE"))));
		this.mvc
			.perform(eventForm(post("/admin/events/{id}", id), "Darba grupas sanāksme", "version",
					String.valueOf(version(id)), "workingGroupId", "999999")
				.with(user(this.coordinator))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"workingGroupId-error\"")));
		assertThat(this.jdbc.queryForObject("select working_group_id from event where id = ?", Long.class, id))
			.isEqualTo(group);
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
		long before = this.jdbc.queryForObject("select count(*) from event", Long.class);
		this.mvc.perform(eventForm(post("/admin/events"), "Bez žetona").with(user(this.editor)))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from event", Long.class)).isEqualTo(before);
	}

	@Test
	void mistakesAreShownBesideTheFieldsAndWhatWasTypedIsKept() throws Exception {
		long before = this.jdbc.queryForObject("select count(*) from event", Long.class);
		this.mvc
			.perform(eventForm(post("/admin/events"), "Kļūdains seminārs", "endDate", "2019-03-01", "agenda[1].day",
					"2019-04-01")
				.with(user(this.editor))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Beigas nevar būt pirms sākuma"),
					// The error is tied to its field for screen readers.
					containsString("id=\"endDate-error\""), containsString("aria-describedby=\"endDate-error\""),
					containsString("aria-invalid=\"true\""),
					not(containsString("aria-describedby=\"startDate-error\"")),
					containsString(">Kļūdains seminārs</textarea>"), containsString("value=\"2019-04-01\""),
					containsString("value=\"Atklā"))));
		this.mvc
			.perform(eventForm(post("/admin/events"), "", "titleEn", "", "agenda[1].day", "2019-04-01")
				.param("lang", "en")
				.with(user(this.editor))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Give the title in Latvian or English"),
					containsString("This day is outside the event’s days"))));
		assertThat(this.jdbc.queryForObject("select count(*) from event", Long.class)).isEqualTo(before);
	}

	@Test
	void aStaleSaveIsAConflictAndTheDatabaseKeepsTheFirstSave() throws Exception {
		long id = create(this.editor, "Sākotnējais nosaukums");
		long opened = version(id);
		this.mvc
			.perform(eventForm(post("/admin/events/{id}", id), "Pirmā saglabāšana", "version", String.valueOf(opened))
				.with(user(this.editor))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/events/" + id + "/edit"));
		this.mvc
			.perform(eventForm(post("/admin/events/{id}", id), "Otrā saglabāšana", "version", String.valueOf(opened))
				.with(user(this.coordinator))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("Pirmā saglabāšana"), containsString("Otrā saglabāšana"),
					containsString(this.editor.getUsername()),
					containsString("name=\"version\" value=\"" + version(id) + "\""))));
		assertThat(titleLv(id)).isEqualTo("Pirmā saglabāšana");

		// The history lists both saves that happened, with who made them.
		this.mvc.perform(get("/admin/events/{id}/history", id).with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Sākotnējais nosaukums"),
					containsString("Pirmā saglabāšana"), containsString("Izveidots"), containsString("Mainīts"),
					containsString(this.editor.getUsername()), not(containsString("Otrā saglabāšana")))));
	}

	@Test
	void restoringAnEarlierVersionSavesItAsANewVersion() throws Exception {
		long id = create(this.editor, "Pirmā versija");
		this.mvc
			.perform(eventForm(post("/admin/events/{id}", id), "Otrā versija", "version", String.valueOf(version(id)),
					"startDate", "2019-03-03")
				.with(user(this.editor))
				.with(csrf()))
			.andExpect(status().isFound());
		long firstRevision = this.jdbc.queryForObject("select min(rev) from event_aud where id = ?", Long.class, id);
		this.mvc
			.perform(post("/admin/events/{id}/history/{rev}/restore", id, firstRevision).with(user(this.editor))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/events/" + id + "/history"));
		assertThat(titleLv(id)).isEqualTo("Pirmā versija");
		assertThat(this.jdbc.queryForObject("select start_date::text from event where id = ?", String.class, id))
			.isEqualTo("2019-03-04");
		assertThat(this.jdbc.queryForObject("select count(*) from event_aud where id = ?", Long.class, id))
			.isEqualTo(3);
	}

	@Test
	void movingAnEventMovesItsAgendaWithinOneSave() throws Exception {
		long id = create(this.editor, "Pārceltais seminārs");
		this.mvc
			.perform(eventForm(post("/admin/events/{id}", id), "Pārceltais seminārs", "version",
					String.valueOf(version(id)), "startDate", "2019-05-20", "endDate", "2019-05-21", "agenda[0].day",
					"2019-05-20", "agenda[1].day", "2019-05-21", "agenda[1].remove", "true")
				.with(user(this.editor))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/events/" + id + "/edit"));
		assertThat(this.jdbc.queryForList("select day::text from agenda_item where event_id = ? order by position",
				String.class, id))
			.containsExactly("2019-05-20");
	}

	@Test
	void scriptTypedIntoATextComesBackEscaped() throws Exception {
		long id = create(this.editor, "<script>alert('x')</script>");
		this.mvc.perform(get("/admin/events/{id}/edit", id).with(user(this.editor)))
			.andExpect(content()
				.string(allOf(containsString("&lt;script&gt;alert("), not(containsString("<script>alert(")))));
		this.mvc.perform(get("/admin/events").param("q", "alert").with(user(this.editor)))
			.andExpect(content()
				.string(allOf(containsString("&lt;script&gt;alert("), not(containsString("<script>alert(")))));
	}

	@Test
	void theListFiltersSortsAndPages() throws Exception {
		this.mvc
			.perform(get("/admin/events").param("presidency", String.valueOf(this.presidency.getId()))
				.param("sort", "start")
				.with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("26.06.2018"), containsString("rel=\"next\""))));
		this.mvc.perform(get("/admin/events").param("status", "NOT-A-STATUS").with(user(this.coordinator)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void coordinatorsSeeDataQualityWarningsWithLinksToFixThem() throws Exception {
		long early = this.jdbc.queryForObject("select id from event where key = 'cbss-2018-2019-01'", Long.class);
		long late = this.jdbc.queryForObject("select id from event where key = 'cbss-2018-2019-10'", Long.class);
		this.mvc.perform(get("/admin").with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Datums ārpus prezidentūras perioda"),
					containsString("/admin/events/" + early + "/edit"),
					containsString("/admin/events/" + late + "/edit"), containsString("26.06.2018"),
					containsString("27.09.2019"))));
		this.mvc.perform(get("/admin").with(user(this.editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Datums ārpus prezidentūras perioda"))));
	}

}
