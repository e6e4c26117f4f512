package lv.mfa.registry.event.admin;

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

import lv.mfa.registry.StaffFixtures;
import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.InstitutionRepository;
import lv.mfa.registry.security.StaffRole;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An editor sees their own institution's events, drafts included, and the others'
 * published ones; never another institution's drafts or the history of its events.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class EditorVisibilityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InstitutionRepository institutions;

	private StaffFixtures staff;

	@BeforeEach
	void signInStaff() {
		this.staff = new StaffFixtures(this.context, "visibility");
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from event where key like 'visibility-%'");
		this.staff.deleteAll();
	}

	@Test
	void editorsSeeTheirOwnDraftsAndOnlyPublishedEventsOfOthers() throws Exception {
		List<Institution> all = this.institutions.findAllByOrderByCode();
		Institution own = all.get(0);
		Institution other = all.get(1);
		event("visibility-own-draft", "Redzamība savs melnraksts", "DRAFT", own);
		long othersDraft = event("visibility-other-draft", "Redzamība cita melnraksts", "DRAFT", other);
		long othersPublished = event("visibility-other-published", "Redzamība cita publicētais", "PUBLISHED", other);
		UserDetails editor = this.staff.signIn(StaffRole.EDITOR, own);
		this.mvc.perform(get("/admin/events").param("q", "Redzamība").with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Redzamība savs melnraksts"),
					containsString("Redzamība cita publicētais"), not(containsString("Redzamība cita melnraksts")))));
		this.mvc.perform(get("/admin/events/{id}/history", othersDraft).with(user(editor)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("Redzamība cita melnraksts"))));
		this.mvc.perform(get("/admin/events/{id}/history", othersPublished).with(user(editor)))
			.andExpect(status().isForbidden());
		UserDetails coordinator = this.staff.signIn(StaffRole.COORDINATOR);
		this.mvc.perform(get("/admin/events").param("q", "Redzamība").with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Redzamība savs melnraksts"),
					containsString("Redzamība cita publicētais"), containsString("Redzamība cita melnraksts"))));
		this.mvc.perform(get("/admin/events/{id}/history", othersDraft).with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Redzamība cita melnraksts")));
	}

	private long event(String key, String title, String publication, Institution organiser) {
		long presidency = this.jdbc.queryForObject("select id from presidency where slug = 'cbss-2018-2019'",
				Long.class);
		long id = this.jdbc.queryForObject("insert into event (key, presidency_id, start_date, end_date, type, status,"
				+ " title_lv, title_en, publication) values (?, ?, date '2019-03-12', date '2019-03-12', 'MEETING',"
				+ " 'PLANNED', ?, ?, ?) returning id", Long.class, key, presidency, title, title, publication);
		this.jdbc.update("insert into event_organiser (event_id, institution_id) values (?, ?)", id, organiser.getId());
		return id;
	}

}
