package lv.mfa.registry;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every staff form handles a value of the wrong type and a crafted list the same way: the
 * form again (200) with a message beside the field in the user's language and what was
 * typed kept; nothing saved, never a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class FormBindingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetails;

	private RequestPostProcessor admin() {
		return user(this.userDetails.loadUserByUsername("admin"));
	}

	private long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	@Test
	void aWrongValueTypeIsNamedBesideTheFieldOnEveryForm() throws Exception {
		long group = id("select min(id) from working_group");
		long presidency = id("select id from presidency where slug = 'cbss-2018-2019'");
		long priority = id("select min(id) from priority");
		long event = id("select min(id) from event");
		long project = id("select min(id) from project");
		Object[][] cases = {
				{ "/admin/working-groups/" + group + "/edit", "mandateStart", "2019-02-30", "Not a valid date" },
				{ "/admin/working-groups/" + group + "/edit", "kind", "NO_SUCH_KIND", "Not a valid value" },
				{ "/admin/working-groups/" + group + "/edit", "organisationId", "abc", "Not a valid choice" },
				{ "/admin/presidencies/" + presidency + "/edit", "periodStart", "2019-02-30", "Not a valid date" },
				{ "/admin/presidencies/" + presidency + "/edit", "coordinatorId", "x1", "Not a valid choice" },
				{ "/admin/priorities/" + priority + "/edit", "number", "abc", "Not a whole number" },
				{ "/admin/priorities/new", "presidencyId", "99999999999999999999", "Not a valid choice" },
				{ "/admin/events/" + event + "/edit", "startDate", "2019-02-30", "Not a valid date" },
				{ "/admin/events/" + event + "/edit", "type", "NO_SUCH_TYPE", "Not a valid value" },
				{ "/admin/projects/" + project + "/edit", "startYear", "abc", "Not a whole number" },
				{ "/admin/working-groups/new", "mandateEnd", "2019-02-30", "Not a valid date" },
				{ "/admin/presidencies/new", "periodEnd", "-999999999-01-01x", "Not a valid date" },
				{ "/admin/priorities/new", "number", "1e99", "Not a whole number" } };
		for (Object[] c : cases) {
			StaffForms.Form form = StaffForms.read(this.mvc, (String) c[0] + "?lang=en", admin());
			assertThat(form.names()).as((String) c[0]).contains((String) c[1]);
			int before = rows();
			MvcResult result = this.mvc.perform(
					form.with((String) c[1], (String) c[2]).post(null).param("lang", "en").with(admin()).with(csrf()))
				.andReturn();
			String body = result.getResponse().getContentAsString();
			assertThat(result.getResponse().getStatus()).as(c[0] + " " + c[1]).isEqualTo(200);
			assertThat(body).as(c[0] + " " + c[1]).contains((String) c[3], "</html>");
			if (((String) c[3]).contains("date")) {
				// What was typed stays in the field (a browser sends no letters from a
				// number field, so only dates are checked).
				assertThat(body).as(c[0] + " " + c[1]).contains("value=\"" + c[2] + "\"");
			}
			assertThat(rows()).isEqualTo(before);
		}
	}

	/**
	 * Some of these posts are accepted (a gap in the row numbers, a new task): they run
	 * in the test's transaction, rolled back at its end, so the demo data other tests
	 * count stay as loaded.
	 */
	@Test
	@Transactional
	void craftedRowsAreRefusedOrIgnoredNever500() throws Exception {
		long event = id("select min(id) from event");
		long priority = id("select min(id) from priority");
		String eventPage = "/admin/events/" + event + "/edit?lang=en";
		String priorityPage = "/admin/priorities/" + priority + "/edit?lang=en";
		Map<String, Integer> answers = new LinkedHashMap<>();
		// A document row without its remove marker: treated as not removed.
		answers.put("document without marker",
				status(form(eventPage).without("_documents[0].remove")
					.without("documents[0].remove")
					.with("documents[0].titleEn", "A title")
					.with("documents[0].url", "https://example.org/a")));
		// A gap in the row numbers: the rows between are empty.
		answers.put("documents[50]", status(form(eventPage).with("documents[50].titleEn", "Far")));
		answers.put("partners[40]", status(form("/admin/projects/" + id("select min(id) from project") + "/edit")
			.with("partners[40].nameEn", "Far")));
		// A task row whose id was left blank is a new task, not a 500.
		answers.put("blank task id", status(form(priorityPage).with("tasks[0].id", "")));
		// Rows far beyond any form's: refused with a message, not grown to 5,000.
		answers.put("agenda[5000]", status(form(eventPage).with("agenda[5000].titleEn", "Far")));
		assertThat(answers).allSatisfy((what, status) -> assertThat(status).as(what).isIn(200, 302));
		int before = rows();
		String body = this.mvc
			.perform(form(eventPage).with("agenda[5000].titleEn", "Far")
				.with("titleEn", "Not saved")
				.post(null)
				.param("lang", "en")
				.with(admin())
				.with(csrf()))
			.andExpect(MockMvcResultMatchers.status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("Too many rows: a form takes at most 500 rows", "</html>");
		assertThat(rows()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from event where title_en = 'Not saved'", Integer.class))
			.isZero();
	}

	/**
	 * An end before its start is one constraint on every form with a period, named beside
	 * the end; a control with an error is marked for screen readers without the template
	 * saying so, after the hint it names itself.
	 */
	@Test
	void anEndBeforeItsStartIsNamedBesideTheEndOnEveryFormWithAPeriod() throws Exception {
		long group = id("select min(id) from working_group");
		long presidency = id("select id from presidency where slug = 'cbss-2018-2019'");
		long event = id("select min(id) from event");
		long project = id("select min(id) from project");
		String[][] cases = {
				{ "/admin/working-groups/" + group + "/edit", "mandateStart", "2020-01-01", "mandateEnd",
						"2019-01-01" },
				{ "/admin/presidencies/" + presidency + "/edit", "periodStart", "2020-01-01", "periodEnd",
						"2019-01-01" },
				{ "/admin/events/" + event + "/edit", "startDate", "2019-03-05", "endDate", "2019-03-04" },
				{ "/admin/projects/" + project + "/edit", "startYear", "2020", "endYear", "2019" },
				{ "/admin/projects/new", "startYear", "2020", "endYear", "2019" } };
		for (String[] c : cases) {
			int before = rows();
			MvcResult result = this.mvc
				.perform(form(c[0] + "?lang=en").with(c[1], c[2])
					.with(c[3], c[4])
					.with("datePrecision", "DAYS")
					.post(null)
					.param("lang", "en")
					.with(admin())
					.with(csrf()))
				.andReturn();
			String body = result.getResponse().getContentAsString();
			assertThat(result.getResponse().getStatus()).as(c[0]).isEqualTo(200);
			assertThat(body).as(c[0])
				.contains("id=\"" + c[3] + "-error\">The end cannot be before the start</span>",
						"aria-describedby=\"" + c[3] + "-error\"", "aria-invalid=\"true\"");
			assertThat(rows()).isEqualTo(before);
		}
		String body = this.mvc
			.perform(form("/admin/presidencies/" + presidency + "/edit?lang=en").with("ordinal", "0")
				.post(null)
				.param("lang", "en")
				.with(admin())
				.with(csrf()))
			.andExpect(MockMvcResultMatchers.status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("aria-describedby=\"ordinal-hint ordinal-error\"", "id=\"ordinal-error\"");
	}

	private StaffForms.Form form(String page) throws Exception {
		return StaffForms.read(this.mvc, page, admin());
	}

	private int status(StaffForms.Form form) throws Exception {
		return this.mvc.perform(form.post(null).param("lang", "en").with(admin()).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private int rows() {
		return this.jdbc.queryForObject("select (select count(*) from event) + (select count(*) from working_group)"
				+ " + (select count(*) from presidency) + (select count(*) from priority) + (select count(*) from project)",
				Integer.class);
	}

}
