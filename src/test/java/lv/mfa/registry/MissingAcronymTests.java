package lv.mfa.registry;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An institution or organisation without an acronym (the form allows it) is shown by its
 * name: every staff page still renders whole.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class MissingAcronymTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	RequestMappingHandlerMapping requestMappingHandlerMapping;

	@AfterEach
	void cleanUp() {
		this.jdbc.update(
				"delete from event_organiser where institution_id in (select id from institution where code = 'NO-ACRONYM')");
		this.jdbc.update("delete from institution where code = 'NO-ACRONYM'");
		this.jdbc.update("update organisation set acronym_lv = 'BJVP', acronym_en = 'CBSS' where code = 'CBSS'");
	}

	@Test
	void everyStaffPageRendersWholeWithAnInstitutionWithoutAcronym() throws Exception {
		long institution = this.jdbc.queryForObject("insert into institution (code, name_lv, name_en, country_code)"
				+ " values ('NO-ACRONYM', 'Iestāde bez saīsinājuma', 'Body without acronym', 'LV') returning id",
				Long.class);
		long event = this.jdbc.queryForObject("select min(id) from event", Long.class);
		this.jdbc.update("insert into event_organiser (event_id, institution_id) values (?, ?)", event, institution);
		this.jdbc.update("update organisation set acronym_lv = null, acronym_en = null where code = 'CBSS'");
		List<String> broken = new ArrayList<>();
		List<String> pages = new StaffAddresses(this.requestMappingHandlerMapping, this.jdbc).pages();
		for (String page : pages) {
			if (page.matches(".*/0(/.*)?")) {
				// No such record in the demo data (an upload is only its uploader's):
				// nothing to render.
				continue;
			}
			MvcResult result = this.mvc.perform(get(page).with(user(this.userDetails.loadUserByUsername("admin"))))
				.andReturn();
			String body = result.getResponse().getContentAsString();
			boolean html = result.getResponse().getContentType() == null
					|| result.getResponse().getContentType().startsWith("text/html");
			if (result.getResponse().getStatus() != 200 || html && !body.stripTrailing().endsWith("</html>")) {
				broken.add(page + " " + result.getResponse().getStatus());
			}
		}
		assertThat(pages).hasSizeGreaterThan(30).contains("/admin/events", "/admin/users/new");
		assertThat(broken).isEmpty();
	}

}
