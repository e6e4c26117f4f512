package lv.mfa.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

import lv.mfa.registry.security.AppUser;
import lv.mfa.registry.security.AppUserRepository;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff forms refuse what would hurt later, beside the field and without storing
 * anything: links that are not web addresses, passwords bcrypt cannot take.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class StaffInputSafetyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AppUserRepository users;

	@Autowired
	UserDetailsService userDetails;

	private final String username = "safety-" + UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from project where key = 'safety-link-project'");
		this.jdbc.update("delete from app_user where username = ?", this.username);
	}

	@Test
	void projectLinksMustBeWebAddresses() throws Exception {
		long programme = this.jdbc.queryForObject("select id from funding_programme order by code limit 1", Long.class);
		for (String link : new String[] { "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>",
				"vbscript:x", "//evil.example", "not an address" }) {
			this.mvc
				.perform(post("/admin/projects").param("key", "safety-link-project")
					.param("titleLv", "Testa projekts")
					.param("titleEn", "Test project")
					.param("programmeId", String.valueOf(programme))
					.param("status", "ONGOING")
					.param("startYear", "2019")
					.param("url", link)
					.param("partners[0].nameEn", "First partner")
					.param("partners[0].countryCode", "LV")
					.param("partners[0].lead", "true")
					.param("lang", "en")
					.with(user("coordinator").roles("COORDINATOR"))
					.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Enter a web address starting with https://")));
			assertThat(this.jdbc.queryForObject("select count(*) from project where key = 'safety-link-project'",
					Integer.class))
				.as(link)
				.isZero();
		}
	}

	@Test
	void anAdminCannotSetAPasswordBcryptWouldCutOrACommonOne() throws Exception {
		long mfa = this.jdbc.queryForObject("select id from institution where code = 'MFA'", Long.class);
		for (String[] attempt : new String[][] { { "Ā".repeat(40), "at most 72 bytes" },
				{ "password1234", "too common" } }) {
			this.mvc
				.perform(post("/admin/users").param("username", this.username)
					.param("role", "EDITOR")
					.param("institutionId", String.valueOf(mfa))
					.param("password", attempt[0])
					.param("enabled", "true")
					.param("lang", "en")
					.with(user("admin").roles("ADMIN"))
					.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(attempt[1]), not(containsString(attempt[0])))));
			assertThat(this.jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class,
					this.username))
				.isZero();
		}
	}

	@Test
	void aPageNumberBeyondEveryPageShowsAnEmptyList() throws Exception {
		this.mvc.perform(get("/admin/events").param("page", "2147483647").with(user("c").roles("COORDINATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void publishingAndDeletingAtOnceKeepTheFirstAndNeverAnswer500() throws Exception {
		this.users.save(new AppUser(this.username, "{noop}" + UUID.randomUUID(), StaffRole.COORDINATOR, null));
		UserDetails coordinator = this.userDetails.loadUserByUsername(this.username);
		long presidency = this.jdbc.queryForObject("select id from presidency where slug = 'cbss-2018-2019'",
				Long.class);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			for (int round = 0; round < 6; round++) {
				long event = this.jdbc.queryForObject("insert into event (key, presidency_id, start_date, end_date,"
						+ " type, status, title_lv, title_en, publication) values ('safety-race', ?, date '2019-03-12',"
						+ " date '2019-03-12', 'MEETING', 'PLANNED', 'Sacensība', 'Race', 'DRAFT') returning id",
						Long.class, presidency);
				List<Future<Integer>> answers = new ArrayList<>();
				for (String action : new String[] { "publish", "delete", "unpublish", "publish" }) {
					answers.add(pool.submit(() -> this.mvc
						.perform(
								post("/admin/events/{id}/{action}", event, action).with(user(coordinator)).with(csrf()))
						.andReturn()
						.getResponse()
						.getStatus()));
				}
				for (Future<Integer> answer : answers) {
					assertThat(answer.get()).isIn(302, 404, 409);
				}
				this.jdbc.update("delete from event where key = 'safety-race'");
			}
		}
		finally {
			pool.shutdown();
			this.jdbc.update("delete from event where key = 'safety-race'");
		}
	}

}
