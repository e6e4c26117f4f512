package lv.mfa.registry.priority.admin;

import java.util.List;

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
import org.springframework.web.util.HtmlUtils;

import lv.mfa.registry.StaffFixtures;
import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.progress.Progress;
import lv.mfa.registry.progress.ProgressService;
import lv.mfa.registry.security.StaffRole;
import lv.mfa.registry.shared.cache.PublicPageCache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tasks and progress entries follow the rule of every record: what an editor saves is a
 * draft, absent from the public pages and reports until a coordinator publishes it (one
 * by one or all of a priority at once); editors publish nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class ProgressPublicationTests {

	private static final String PAGE = "/lv/presidencies/cbss-2018-2019/priorities/";

	private static final String REPORT = "/admin/presidencies/cbss-2018-2019/progress-report.html";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProgressService progress;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublicPageCache pages;

	private StaffFixtures staff;

	private long presidencyId;

	private long priority1;

	private long priority2;

	private long task1;

	private long task2;

	private UserDetails editor;

	private UserDetails coordinator;

	@BeforeEach
	void setUp() {
		this.staff = new StaffFixtures(this.context, "publication");
		this.presidencyId = this.jdbc.queryForObject("select id from presidency where slug = 'cbss-2018-2019'",
				Long.class);
		this.priority1 = priority(1);
		this.priority2 = priority(2);
		this.task1 = firstTask(this.priority1);
		this.task2 = firstTask(this.priority2);
		long lead = this.jdbc.queryForObject(
				"select min(institution_id) from priority_lead_institution where priority_id = ?", Long.class,
				this.priority1);
		this.editor = this.staff.signIn(StaffRole.EDITOR, lead);
		this.coordinator = this.staff.signIn(StaffRole.COORDINATOR);
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from priority where presidency_id = ? and number = 97", this.presidencyId);
		this.jdbc.update("delete from task_progress where text_lv like 'Publicēšanas tests%'");
		this.jdbc.update("update priority_task set publication = 'PUBLISHED' where publication = 'DRAFT'"
				+ " and priority_id in (?, ?)", this.priority1, this.priority2);
		this.staff.deleteAll();
	}

	@Test
	void anEditorsEntryIsAbsentFromThePublicPageUntilACoordinatorPublishesIt() throws Exception {
		Progress before = this.progress.byPriority(this.presidencyId).get(this.priority1);
		String text = "Publicēšanas tests: redaktora ieraksts";
		this.mvc
			.perform(post("/admin/progress/tasks/{id}", this.task1).param("when", "2019-03-01")
				.param("kind", "DONE")
				.param("textLv", text)
				.with(user(this.editor))
				.with(csrf()))
			.andExpect(status().isFound());
		long entry = entryId(text);
		assertThat(publication(entry)).isEqualTo("DRAFT");
		assertThat(publicPage(1)).contains(firstTaskTitle(this.priority1)).doesNotContain(text);
		assertThat(this.progress.byPriority(this.presidencyId).get(this.priority1)).isEqualTo(before);
		assertThat(staffList(this.editor)).contains(text).contains("<span class=\"badge\">Melnraksts</span>");

		// The editor may not publish it, nor save and publish.
		this.mvc.perform(post("/admin/progress/{id}/publish", entry).with(user(this.editor)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/progress/priorities/{id}/publish", this.priority1).with(user(this.editor))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/progress/tasks/{id}", this.task1).param("when", "2019-03-02")
				.param("kind", "DONE")
				.param("textLv", "Publicēšanas tests: redaktors publicē")
				.param("publish", "true")
				.with(user(this.editor))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(count("select count(*) from task_progress where text_lv = 'Publicēšanas tests: redaktors publicē'"))
			.isZero();
		assertThat(publication(entry)).isEqualTo("DRAFT");

		this.mvc.perform(post("/admin/progress/{id}/publish", entry).with(user(this.coordinator)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/progress?presidency=" + this.presidencyId + "#entry-" + entry));
		assertThat(publication(entry)).isEqualTo("PUBLISHED");
		assertThat(publicPage(1)).contains(text);
		assertThat(this.progress.byPriority(this.presidencyId).get(this.priority1))
			.isEqualTo(new Progress(before.done() + 1, before.planned()));

		// The editor's next save makes it a draft again.
		long version = this.jdbc.queryForObject("select version from task_progress where id = ?", Long.class, entry);
		this.mvc
			.perform(post("/admin/progress/{id}", entry).param("version", String.valueOf(version))
				.param("when", "2019-03-01")
				.param("kind", "DONE")
				.param("textLv", text + ", labots")
				.with(user(this.editor))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(publication(entry)).isEqualTo("DRAFT");
		assertThat(publicPage(1)).doesNotContain(text);

		// A coordinator may save and publish in one step, and withdraw.
		version = this.jdbc.queryForObject("select version from task_progress where id = ?", Long.class, entry);
		this.mvc
			.perform(post("/admin/progress/{id}", entry).param("version", String.valueOf(version))
				.param("when", "2019-03-01")
				.param("kind", "DONE")
				.param("textLv", text)
				.param("publish", "true")
				.with(user(this.coordinator))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(publication(entry)).isEqualTo("PUBLISHED");
		assertThat(publicPage(1)).contains(text);
		this.mvc.perform(post("/admin/progress/{id}/unpublish", entry).with(user(this.coordinator)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(publication(entry)).isEqualTo("DRAFT");
		assertThat(publicPage(1)).doesNotContain(text);
	}

	@Test
	void editorsOfOtherInstitutionsSeeOnlyPublishedTasksAndEntries() throws Exception {
		long other = this.jdbc.queryForObject(
				"select min(id) from institution where id not in"
						+ " (select institution_id from priority_lead_institution where priority_id = ?)",
				Long.class, this.priority1);
		UserDetails otherEditor = this.staff.signIn(StaffRole.EDITOR, other);
		String draft = "Publicēšanas tests: cita iestāde neredz";
		String published = "Publicēšanas tests: redz visi";
		this.mvc
			.perform(post("/admin/progress/tasks/{id}", this.task1).param("when", "2019-05-01")
				.param("kind", "DONE")
				.param("textLv", draft)
				.with(user(this.editor))
				.with(csrf()))
			.andExpect(status().isFound());
		this.mvc
			.perform(post("/admin/progress/tasks/{id}", this.task1).param("when", "2019-05-02")
				.param("kind", "DONE")
				.param("textLv", published)
				.param("publish", "true")
				.with(user(this.coordinator))
				.with(csrf()))
			.andExpect(status().isFound());
		String task = "id=\"task-" + this.task1 + "\"";
		assertThat(staffList(otherEditor)).contains(task).contains(published).doesNotContain(draft);
		assertThat(staffList(this.editor)).contains(task).contains(published).contains(draft);
		assertThat(staffList(this.coordinator)).contains(draft);

		// A draft task hides itself and every entry under it, published or not.
		this.jdbc.update("update priority_task set publication = 'DRAFT' where id = ?", this.task1);
		assertThat(staffList(otherEditor)).doesNotContain(task).doesNotContain(published).doesNotContain(draft);
		assertThat(staffList(this.editor)).contains(task).contains(published).contains(draft);
	}

	@Test
	void publishAllPublishesExactlyThatPrioritysDrafts() throws Exception {
		for (String text : List.of("Publicēšanas tests: pirmais", "Publicēšanas tests: otrais")) {
			this.mvc
				.perform(post("/admin/progress/tasks/{id}", this.task1).param("when", "2019-04-01")
					.param("kind", "PLANNED")
					.param("textLv", text)
					.with(user(this.editor))
					.with(csrf()))
				.andExpect(status().isFound());
		}
		this.mvc
			.perform(post("/admin/progress/tasks/{id}", this.task2).param("when", "2019-04-01")
				.param("kind", "DONE")
				.param("textLv", "Publicēšanas tests: citas prioritātes")
				.with(user(this.coordinator))
				.with(csrf()))
			.andExpect(status().isFound());
		// A draft task of priority 1 too: published with its priority's entries.
		this.jdbc.update("update priority_task set publication = 'DRAFT' where id = ?", this.task1);
		this.pages.evictAll();
		long drafts1 = drafts(this.priority1);
		assertThat(drafts1).isEqualTo(3);
		assertThat(staffList(this.coordinator)).contains("Publicēt 3 melnrakstus");
		assertThat(bulkPage(this.coordinator)).contains("Publicēt 3 melnrakstus");
		assertThat(bulkPage(this.editor)).doesNotContain("Publicēt 3 melnrakstus");
		assertThat(staffList(this.editor)).doesNotContain("Publicēt 3 melnrakstus");

		this.mvc
			.perform(post("/admin/progress/priorities/{id}/publish", this.priority1).with(user(this.coordinator))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(
					redirectedUrl("/admin/progress?presidency=" + this.presidencyId + "#priority-" + this.priority1));
		assertThat(drafts(this.priority1)).isZero();
		assertThat(drafts(this.priority2)).isEqualTo(1);
		assertThat(publication(entryId("Publicēšanas tests: citas prioritātes"))).isEqualTo("DRAFT");
		assertThat(publicPage(1)).contains("Publicēšanas tests: pirmais").contains("Publicēšanas tests: otrais");
		assertThat(publicPage(2)).contains(firstTaskTitle(this.priority2))
			.doesNotContain("Publicēšanas tests: citas prioritātes");
	}

	@Test
	void aDraftTaskHidesItselfAndItsEntriesFromThePublicPageAndTheReport() throws Exception {
		String title = firstTaskTitle(this.priority1);
		String entryStart = "Publicēšanas tests: publicēts ieraksts";
		this.mvc
			.perform(post("/admin/progress/tasks/{id}", this.task1).param("when", "2019-02-01")
				.param("kind", "DONE")
				.param("textLv", entryStart)
				.param("publish", "true")
				.with(user(this.coordinator))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(publicPage(1)).contains(title).contains(entryStart);
		assertThat(report()).contains(title).contains(entryStart);

		this.jdbc.update("update priority_task set publication = 'DRAFT' where id = ?", this.task1);
		this.pages.evictAll();
		assertThat(publicPage(1)).doesNotContain(title).doesNotContain(entryStart);
		assertThat(report()).doesNotContain(title).doesNotContain(entryStart);
	}

	@Test
	void aTaskSavedOnThePriorityFormIsADraftUntilPublished() throws Exception {
		String title = "Prioritāte publicēšanas pārbaudei";
		String task = "Melnraksta uzdevums publicēšanas pārbaudei";
		this.mvc
			.perform(post("/admin/priorities").param("presidencyId", String.valueOf(this.presidencyId))
				.param("number", "97")
				.param("titleLv", title)
				.param("tasks[0].titleLv", task)
				.with(user(this.coordinator))
				.with(csrf()))
			.andExpect(status().isFound());
		long priorityId = priority(97);
		long taskId = firstTask(priorityId);
		assertThat(this.jdbc.queryForObject("select publication from priority_task where id = ?", String.class, taskId))
			.isEqualTo("DRAFT");
		assertThat(publicPage(97)).contains(title).doesNotContain(task);
		assertThat(this.mvc
			.perform(get("/admin/priorities/{id}/edit", priorityId).param("lang", "lv").with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("<span class=\"badge\">Melnraksts</span>")
			.contains("value=\"publish:" + taskId + "\"");

		long version = this.jdbc.queryForObject("select version from priority where id = ?", Long.class, priorityId);
		this.mvc
			.perform(post("/admin/priorities/{id}", priorityId).param("version", String.valueOf(version))
				.param("presidencyId", String.valueOf(this.presidencyId))
				.param("number", "97")
				.param("titleLv", title)
				.param("tasks[0].id", String.valueOf(taskId))
				.param("tasks[0].titleLv", task)
				.param("action", "publish:" + taskId)
				.with(user(this.coordinator))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/priorities/" + priorityId + "/edit#task-" + taskId));
		assertThat(publicPage(97)).contains(task);
	}

	@Test
	void thePublishedReportLeavesOutDraftEntries() throws Exception {
		String text = "Publicēšanas tests: ziņojumā neredzams";
		this.mvc
			.perform(post("/admin/progress/tasks/{id}", this.task1).param("when", "2019-02-01")
				.param("kind", "DONE")
				.param("textLv", text)
				.with(user(this.editor))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(report()).contains(firstTaskTitle(this.priority1)).doesNotContain(text);
		this.mvc.perform(post("/admin/progress/{id}/publish", entryId(text)).with(user(this.coordinator)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(report()).contains(text);
	}

	private String publicPage(int number) throws Exception {
		return this.mvc.perform(get(PAGE + number))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String report() throws Exception {
		return this.mvc.perform(get(REPORT).param("lang", "lv").with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String staffList(UserDetails who) throws Exception {
		return this.mvc
			.perform(get("/admin/progress").param("presidency", String.valueOf(this.presidencyId))
				.param("lang", "lv")
				.with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String bulkPage(UserDetails who) throws Exception {
		return this.mvc
			.perform(get("/admin/progress/priorities/{id}/bulk", this.priority1).param("lang", "lv").with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long priority(int number) {
		return this.jdbc.queryForObject("select id from priority where presidency_id = ? and number = ?", Long.class,
				this.presidencyId, number);
	}

	private long firstTask(long priorityId) {
		return this.jdbc.queryForObject("select id from priority_task where priority_id = ? order by position limit 1",
				Long.class, priorityId);
	}

	/** The title as a page writes it (escaped). */
	private String firstTaskTitle(long priorityId) {
		return HtmlUtils.htmlEscape(this.jdbc.queryForObject(
				"select title_lv from priority_task where priority_id = ? order by position limit 1", String.class,
				priorityId), "UTF-8");
	}

	private long entryId(String text) {
		return this.jdbc.queryForObject("select id from task_progress where text_lv = ?", Long.class, text);
	}

	private String publication(long entryId) {
		return this.jdbc.queryForObject("select publication from task_progress where id = ?", String.class, entryId);
	}

	private long drafts(long priorityId) {
		return count("select (select count(*) from priority_task where priority_id = " + priorityId
				+ " and publication = 'DRAFT') + (select count(*) from task_progress e join priority_task t"
				+ " on t.id = e.task_id where t.priority_id = " + priorityId + " and e.publication = 'DRAFT')");
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
