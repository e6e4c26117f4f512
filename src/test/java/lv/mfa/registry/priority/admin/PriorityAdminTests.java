package lv.mfa.registry.priority.admin;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.security.AppUser;
import lv.mfa.registry.security.AppUserRepository;
import lv.mfa.registry.security.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Coordinators add tasks to a priority; its texts and leads are kept. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class PriorityAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AppUserRepository users;

	@Autowired
	UserDetailsService userDetails;

	/**
	 * The new-priority form lays its fields out through the form fragments: the
	 * presidency is a required, labelled choice, the number names its hint, and the four
	 * texts around the task list all name the one hint shown above them.
	 */
	@Test
	void theNewFormLabelsItsFieldsAndTheTaskTextsShareOneHint() throws Exception {
		long presidency = this.jdbc.queryForObject("select id from presidency where slug = 'cbss-2018-2019'",
				Long.class);
		String page = this.mvc
			.perform(get("/admin/priorities/new").param("presidency", String.valueOf(presidency))
				.with(user("c").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document document = Jsoup.parse(page);
		Element choice = document.selectFirst("select#presidencyId[name=presidencyId]");
		assertThat(choice).as("presidency choice").isNotNull();
		assertThat(choice.hasAttr("required")).isTrue();
		assertThat(choice.select("option[value=" + presidency + "]")).hasSize(1);
		assertThat(document.select("label[for=presidencyId]").text()).startsWith("Prezidentūra");
		assertThat(document.select("label[for=presidencyId] .required-mark")).hasSize(1);
		assertThat(document.selectFirst("input#number").attr("aria-describedby")).isEqualTo("number-hint");
		assertThat(document.select("#number-hint").text()).isNotBlank();
		assertThat(document.select("#tasks-texts-hint")).hasSize(1);
		for (String name : List.of("beforeTasksLv", "beforeTasksEn", "afterTasksLv", "afterTasksEn")) {
			Element text = document.selectFirst("textarea#" + name + "[name=" + name + "]");
			assertThat(text).as(name).isNotNull();
			assertThat(text.attr("aria-describedby")).as(name).isEqualTo("tasks-texts-hint");
			assertThat(text.attr("lang")).as(name).isEqualTo(name.endsWith("Lv") ? "lv" : "en");
			assertThat(document.select("label[for=" + name + "]")).as(name + " label").hasSize(1);
		}
		assertThat(document.selectFirst("textarea#tasks0\\.titleEn").attr("lang")).isEqualTo("en");
		assertThat(document.select("label[for=tasks0.titleEn]")).hasSize(1);
	}

	/**
	 * A refused save marks every field in error for screen readers
	 * (shared.form.FieldAria, not the templates): the message beside the field, the
	 * control pointing at it after its hint; nothing saved.
	 */
	@Test
	void refusedPriorityAndProgressFormsMarkTheirFieldsInError() throws Exception {
		long id = this.jdbc.queryForObject("select p.id from priority p join presidency s on s.id = p.presidency_id"
				+ " where s.slug = 'cbss-2018-2019' and p.number = 3", Long.class);
		long version = this.jdbc.queryForObject("select version from priority where id = ?", Long.class, id);
		long task = this.jdbc.queryForObject(
				"select id from priority_task where priority_id = ? order by position limit 1", Long.class, id);
		String body = this.mvc
			.perform(post("/admin/priorities/{id}", id).param("version", String.valueOf(version))
				.param("titleLv", " ")
				.param("tasks[0].id", String.valueOf(task))
				.param("tasks[0].titleLv", " ")
				.param("lang", "en")
				.with(user("c").roles("COORDINATOR"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("id=\"titleLv-error\"", "aria-describedby=\"titleLv-error\"",
				"id=\"tasks[0].titleLv-error\"", "aria-describedby=\"tasks[0].titleLv-error\"", "aria-invalid=\"true\"",
				"aria-describedby=\"tasks-texts-hint\"");
		assertThat(body).doesNotContain("aria-describedby=\"goalLv-error\"");
		assertThat(this.jdbc.queryForObject("select version from priority where id = ?", Long.class, id))
			.isEqualTo(version);

		// The progress editor needs a staff account (it reads the user's institution).
		String name = "aria-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.save(new AppUser(name, "{noop}unused-" + UUID.randomUUID(), StaffRole.COORDINATOR, null));
		try {
			long entries = this.jdbc.queryForObject("select count(*) from task_progress", Long.class);
			String progress = this.mvc
				.perform(post("/admin/progress/tasks/{id}", task).param("when", "2019-02-30")
					.param("kind", "DONE")
					.param("textLv", "")
					.param("lang", "en")
					.with(user(this.userDetails.loadUserByUsername(name)))
					.with(csrf()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(progress).contains("aria-describedby=\"when-hint when-error\"", "id=\"when-error\"",
					"aria-describedby=\"textLv-error\"", "id=\"textLv-error\"");
			assertThat(this.jdbc.queryForObject("select count(*) from task_progress", Long.class)).isEqualTo(entries);
		}
		finally {
			this.users.findByUsername(name).ifPresent(this.users::delete);
		}
	}

	@Test
	void aCoordinatorAddsATaskToAPriority() throws Exception {
		long id = this.jdbc.queryForObject("select p.id from priority p join presidency s on s.id = p.presidency_id"
				+ " where s.slug = 'cbss-2018-2019' and p.number = 3", Long.class);
		long tasks = this.jdbc.queryForObject("select count(*) from priority_task where priority_id = ?", Long.class,
				id);
		this.mvc.perform(get("/admin/priorities/{id}/edit", id).with(user("editor").roles("EDITOR")))
			.andExpect(status().isForbidden());
		String form = this.mvc.perform(get("/admin/priorities/{id}/edit", id).with(user("c").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kultūras mantojums")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("name=\"tasks[" + tasks + "].titleLv\"");
		long version = this.jdbc.queryForObject("select version from priority where id = ?", Long.class, id);
		// The form sends every field back, as the browser does; what it leaves out would
		// be cleared.
		var texts = this.jdbc.queryForMap(
				"select title_lv, title_en, goal_lv, goal_en, narrative_lv, narrative_en from priority where id = ?",
				id);
		try {
			var request = post("/admin/priorities/{id}", id).param("version", String.valueOf(version))
				.param("titleLv", (String) texts.get("title_lv"))
				.param("titleEn", (String) texts.get("title_en"))
				.param("goalLv", (String) texts.get("goal_lv"))
				.param("goalEn", (String) texts.get("goal_en"))
				.param("narrativeLv", (String) texts.get("narrative_lv"))
				.param("narrativeEn", (String) texts.get("narrative_en"))
				.param("tasks[" + tasks + "].titleLv", "Testa uzdevums")
				.with(user("c").roles("COORDINATOR"))
				.with(csrf());
			this.jdbc
				.queryForList("select institution_id from priority_lead_institution where priority_id = ?", Long.class,
						id)
				.forEach((lead) -> request.param("leadInstitutionIds", String.valueOf(lead)));
			int index = 0;
			for (var task : this.jdbc.queryForList(
					"select id, title_lv, title_en from priority_task where priority_id = ? order by position", id)) {
				request.param("tasks[" + index + "].id", String.valueOf(task.get("id")));
				if (task.get("title_lv") != null) {
					request.param("tasks[" + index + "].titleLv", (String) task.get("title_lv"));
				}
				if (task.get("title_en") != null) {
					request.param("tasks[" + index + "].titleEn", (String) task.get("title_en"));
				}
				index++;
			}
			this.mvc.perform(request).andExpect(redirectedUrl("/admin/priorities/" + id + "/edit"));
			assertThat(this.jdbc.queryForObject("select count(*) from priority_task where priority_id = ?", Long.class,
					id))
				.isEqualTo(tasks + 1);
			assertThat(this.jdbc.queryForMap(
					"select title_lv, title_en, goal_lv, goal_en, narrative_lv, narrative_en from priority where id = ?",
					id))
				.as("the texts are kept")
				.isEqualTo(texts);
		}
		finally {
			this.jdbc.update("delete from priority_task where priority_id = ? and title_lv = 'Testa uzdevums'", id);
		}
	}

	@Test
	void aNewPriorityGetsManyTasksThatAreMovedAndDeleted() throws Exception {
		long presidency = this.jdbc.queryForObject("insert into presidency (slug, organisation_id, country_code, "
				+ "ordinal, period_start, period_end) select 'test-priorities', id, 'EE', 77, date '2040-07-01', "
				+ "date '2041-06-30' from organisation where code = 'CBSS' returning id", Long.class);
		try {
			this.mvc
				.perform(get("/admin/priorities/new").param("presidency", String.valueOf(presidency))
					.with(user("c").roles("COORDINATOR")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Jauna prioritāte")))
				.andExpect(content().string(containsString("name=\"tasks[2].titleLv\"")));
			// "More rows" keeps what was typed and offers three more empty rows; nothing
			// is saved.
			this.mvc
				.perform(post("/admin/priorities").param("presidencyId", String.valueOf(presidency))
					.param("titleLv", "Jūras vide")
					.param("tasks[0].titleLv", "Pirmais")
					.param("action", "rows")
					.with(user("c").roles("COORDINATOR"))
					.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"Jūras vide\"")))
				.andExpect(content().string(containsString("name=\"tasks[3].titleLv\"")));
			assertThat(count("select count(*) from priority where presidency_id = ?", presidency)).isZero();
			var create = post("/admin/priorities").param("presidencyId", String.valueOf(presidency))
				.param("titleLv", "Jūras vide")
				.param("goalEn", "Safer seas")
				.with(user("c").roles("COORDINATOR"))
				.with(csrf());
			for (int i = 0; i < 5; i++) {
				create.param("tasks[" + i + "].titleLv", "Uzdevums " + (i + 1));
			}
			this.mvc.perform(create).andExpect(status().is3xxRedirection());
			long id = this.jdbc.queryForObject("select id from priority where presidency_id = ?", Long.class,
					presidency);
			assertThat(this.jdbc.queryForObject("select number from priority where id = ?", Integer.class, id))
				.isEqualTo(1);
			assertThat(titles(id)).containsExactly("Uzdevums 1", "Uzdevums 2", "Uzdevums 3", "Uzdevums 4",
					"Uzdevums 5");
			List<Long> ids = this.jdbc
				.queryForList("select id from priority_task where priority_id = ? order by position", Long.class, id);
			// Down on the first task, typed text saved with it; back to that row.
			this.mvc.perform(save(id).param("action", "down:" + ids.get(0)).param("tasks[4].titleEn", "Fifth"))
				.andExpect(redirectedUrl("/admin/priorities/" + id + "/edit#task-" + ids.get(0)));
			assertThat(titles(id)).containsExactly("Uzdevums 2", "Uzdevums 1", "Uzdevums 3", "Uzdevums 4",
					"Uzdevums 5");
			assertThat(this.jdbc.queryForObject("select title_en from priority_task where id = ?", String.class,
					ids.get(4)))
				.isEqualTo("Fifth");
			// An empty task goes at once.
			this.mvc.perform(save(id).param("action", "delete:" + ids.get(2)))
				.andExpect(redirectedUrl("/admin/priorities/" + id + "/edit#tasks"));
			assertThat(titles(id)).containsExactly("Uzdevums 2", "Uzdevums 1", "Uzdevums 4", "Uzdevums 5");
			// One with entries asks first and says how many go with it.
			this.jdbc.update(
					"insert into task_progress (task_id, entry_date, entry_end, position, kind, text_lv) values (?, date "
							+ "'2040-08-01', date '2040-08-01', 0, 'DONE', 'a'),"
							+ " (?, date '2040-09-01', date '2040-09-01', 1, 'PLANNED', 'b')",
					ids.get(3), ids.get(3));
			this.mvc.perform(save(id).param("action", "delete:" + ids.get(3)))
				.andExpect(redirectedUrl("/admin/priorities/" + id + "/tasks/" + ids.get(3) + "/delete"));
			this.mvc
				.perform(get("/admin/priorities/{id}/tasks/{task}/delete", id, ids.get(3))
					.with(user("c").roles("COORDINATOR")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("tiks dzēsti 2 progresa ieraksti")));
			assertThat(titles(id)).contains("Uzdevums 4");
			this.mvc
				.perform(post("/admin/priorities/{id}/tasks/{task}/delete", id, ids.get(3))
					.with(user("c").roles("COORDINATOR"))
					.with(csrf()))
				.andExpect(redirectedUrl("/admin/priorities/" + id + "/edit#tasks"));
			assertThat(titles(id)).containsExactly("Uzdevums 2", "Uzdevums 1", "Uzdevums 5");
			// A task added after the deletions goes last.
			this.mvc.perform(save(id).param("tasks[9].titleLv", "Jauns"))
				.andExpect(redirectedUrl("/admin/priorities/" + id + "/edit"));
			assertThat(titles(id)).containsExactly("Uzdevums 2", "Uzdevums 1", "Uzdevums 5", "Jauns");
			// A cleared task is named, not silently kept or removed.
			this.mvc.perform(save(id, true))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("dzēsiet uzdevumu")));
			// The priority goes with its tasks after a confirmation.
			this.mvc.perform(get("/admin/priorities/{id}/delete", id).with(user("c").roles("COORDINATOR")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("uzdevumi (4)")));
			this.mvc
				.perform(post("/admin/priorities/{id}/delete", id).with(user("c").roles("COORDINATOR")).with(csrf()))
				.andExpect(redirectedUrl("/admin/priorities"));
			assertThat(count("select count(*) from priority where presidency_id = ?", presidency)).isZero();
		}
		finally {
			this.jdbc.update("delete from presidency where id = ?", presidency);
		}
	}

	/** The priority's form as the browser sends it back: every task row with its text. */
	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder save(long id) {
		return save(id, false);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder save(long id,
			boolean clearFirst) {
		var request = post("/admin/priorities/{id}", id)
			.param("version", String.valueOf(count("select version from priority where id = ?", id)))
			.param("titleLv", "Jūras vide")
			.with(user("c").roles("COORDINATOR"))
			.with(csrf());
		int index = 0;
		for (var task : this.jdbc
			.queryForList("select id, title_lv from priority_task where priority_id = ? order by position", id)) {
			request.param("tasks[" + index + "].id", String.valueOf(task.get("id")));
			request.param("tasks[" + index + "].titleLv",
					(clearFirst && index == 0) ? "" : (String) task.get("title_lv"));
			index++;
		}
		return request;
	}

	private List<String> titles(long id) {
		return this.jdbc.queryForList("select title_lv from priority_task where priority_id = ? order by position",
				String.class, id);
	}

	private long count(String sql, long id) {
		return this.jdbc.queryForObject(sql, Long.class, id);
	}

}
