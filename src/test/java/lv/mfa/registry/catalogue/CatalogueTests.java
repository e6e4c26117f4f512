package lv.mfa.registry.catalogue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import lv.mfa.registry.TestDatabaseConfiguration;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The projects catalogue, a project's page and a working group's page over the demo data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class CatalogueTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

	@Test
	void listsPublishedProjectsAndFiltersByPartnerCountry() throws Exception {
		long all = count("select count(*) from project where publication = 'PUBLISHED'");
		long pages = (all + ProjectFilter.PAGE_SIZE - 1) / ProjectFilter.PAGE_SIZE;
		this.mvc.perform(get("/en/projects"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(all + " projects"), containsString("rel=\"next\""),
					not(containsString("rel=\"prev\"")))));
		this.mvc.perform(get("/en/projects").param("page", String.valueOf(pages)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("rel=\"prev\""), not(containsString("rel=\"next\"")))));
		long withFinland = count("select count(distinct p.id) from project p join project_partner pa on"
				+ " pa.project_id = p.id where p.publication = 'PUBLISHED' and pa.country_code = 'FI'");
		this.mvc.perform(get("/en/projects").param("country", "FI"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(withFinland + " project"),
					containsString("<option value=\"FI\" selected=\"selected\">Finland (" + withFinland + ")"))));
		long completedIn2017 = count("select count(*) from project where publication = 'PUBLISHED' and status ="
				+ " 'COMPLETED' and start_year <= 2017 and coalesce(end_year, start_year) >= 2017");
		this.mvc.perform(get("/en/projects").param("status", "completed").param("year", "2017"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(completedIn2017 + " project")));
		this.mvc.perform(get("/en/projects").param("year", "abc").param("ltp", "nope"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("not a valid year"), containsString(all + " projects"))));
	}

	@Test
	void projectPageGroupsPartnersByCountryAndMarksTheLead() throws Exception {
		Map<String, Object> lead = this.jdbc.queryForMap("select p.id, pa.name_en, p.title_en from project p"
				+ " join project_partner pa on pa.project_id = p.id where pa.lead and p.publication = 'PUBLISHED'"
				+ " order by p.id limit 1");
		long countries = count("select count(distinct country_code) from project_partner where project_id = ?",
				lead.get("id"));
		this.mvc.perform(get("/en/projects/{id}", lead.get("id")))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString(HtmlUtils.htmlEscape((String) lead.get("title_en"), "UTF-8")),
							containsString(HtmlUtils.htmlEscape((String) lead.get("name_en"), "UTF-8")
									+ "</span> <strong class=\"badge\">lead partner</strong>"))));
		String html = this.mvc.perform(get("/en/projects/{id}", lead.get("id")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(html.split("<h3>", -1).length - 1).isEqualTo((int) countries);
		this.mvc.perform(get("/projects/0")).andExpect(status().isNotFound());
	}

	@Test
	void workingGroupPageShowsMeetings() throws Exception {
		Map<String, Object> group = this.jdbc.queryForMap("select w.id, w.code, w.name_en from working_group w"
				+ " where w.publication = 'PUBLISHED' order by (select count(*) from event e where"
				+ " e.working_group_id = w.id) desc limit 1");
		String firstMeeting = this.jdbc.queryForObject(
				"select title_en from event where working_group_id = ?"
						+ " and publication = 'PUBLISHED' order by start_date, id limit 1",
				String.class, group.get("id"));
		this.mvc.perform(get("/en/working-groups/{code}", group.get("code")))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString(HtmlUtils.htmlEscape((String) group.get("name_en"), "UTF-8")),
							containsString(HtmlUtils.htmlEscape(firstMeeting, "UTF-8")))));
		this.mvc.perform(get("/working-groups/NOPE")).andExpect(status().isNotFound());
	}

	/** The demo data's "2019.–2022. gadam" mandate is said in years, not as two days. */
	@Test
	void aMandateGivenInYearsIsSaidInYears() throws Exception {
		this.mvc.perform(get("/lv/working-groups/EGSD"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("<dd>2019.–2022. gads</dd>"), not(containsString("2019. gada 1. janvāra")))));
		this.mvc.perform(get("/en/working-groups/EGSD"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<dd>2019–2022</dd>"), not(containsString("1 January 2019")))));
	}

}
