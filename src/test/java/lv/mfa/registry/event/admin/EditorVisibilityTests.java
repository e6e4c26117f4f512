package lv.mfa.registry.event.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.InstitutionRepository;
import lv.mfa.registry.security.AppUser;
import lv.mfa.registry.security.AppUserRepository;
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
	JdbcTemplate jdbc;

	@Autowired
	AppUserRepository users;

	@Autowired
	InstitutionRepository institutions;

	@Autowired
	UserDetailsService userDetails;

	private final List<String> usernames = new ArrayList<>();

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from event where key like 'visibility-%'");
		this.usernames.forEach((name) -> this.users.findByUsername(name).ifPresent(this.users::delete));
	}

	@Test
	void editorsSeeTheirOwnDraftsAndOnlyPublishedEventsOfOthers() throws Exception {
		List<Institution> all = this.institutions.findAllByOrderByCode();
		Institution own = all.get(0);
		Institution other = all.get(1);
		event("visibility-own-draft", "Redzamība savs melnraksts", "DRAFT", own);
		long othersDraft = event("visibility-other-draft", "Redzamība cita melnraksts", "DRAFT", other);
		long othersPublished = event("visibility-other-published", "Redzamība cita publicētais", "PUBLISHED", other);
		UserDetails editor = staff(StaffRole.EDITOR, own);
		this.mvc.perform(get("/admin/events").param("q", "Redzamība").with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Redzamība savs melnraksts"),
					containsString("Redzamība cita publicētais"), not(containsString("Redzamība cita melnraksts")))));
		this.mvc.perform(get("/admin/events/{id}/history", othersDraft).with(user(editor)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("Redzamība cita melnraksts"))));
		this.mvc.perform(get("/admin/events/{id}/history", othersPublished).with(user(editor)))
			.andExpect(status().isForbidden());
		UserDetails coordinator = staff(StaffRole.COORDINATOR, null);
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

	private UserDetails staff(StaffRole role, Institution institution) {
		String name = "visibility-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.save(new AppUser(name, "{noop}" + UUID.randomUUID(), role, institution));
		this.usernames.add(name);
		return this.userDetails.loadUserByUsername(name);
	}

}
