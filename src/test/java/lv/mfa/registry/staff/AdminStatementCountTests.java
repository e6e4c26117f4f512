package lv.mfa.registry.staff;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import lv.mfa.registry.StaffFixtures;
import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.security.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff pages issue a constant number of SQL statements whatever the number of rows
 * they show (no N+1).
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class AdminStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	ApplicationContext context;

	private StaffFixtures staff;

	private UserDetails coordinator;

	@BeforeEach
	void createCoordinator() {
		this.staff = new StaffFixtures(this.context, "count-coordinator");
		this.coordinator = this.staff.signIn(StaffRole.COORDINATOR);
	}

	@AfterEach
	void deleteCoordinator() {
		this.staff.deleteAll();
	}

	private long statements(MockHttpServletRequestBuilder request) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc.perform(request.with(user(this.coordinator))).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

	@Test
	void theEventListCostsTheSameForAFullPageAndAFewRows() throws Exception {
		long fullPage = statements(get("/admin/events"));
		long fewRows = statements(get("/admin/events").param("q", "konference"));
		long secondPage = statements(get("/admin/events").param("page", "1"));
		System.out.println("STATEMENTS /admin/events: full page " + fullPage + ", few rows " + fewRows
				+ ", second page " + secondPage);
		// The page, its count (skipped by Spring Data when the page is not full), the
		// organisers of all its rows in one batch, the two lists of the filters, and the
		// signed-in account's state (StaffSessionCheck, once per request): 25 rows would
		// cost at least 25 statements with an N+1.
		assertThat(fullPage).isLessThanOrEqualTo(6);
		assertThat(fewRows).isLessThanOrEqualTo(fullPage);
		assertThat(secondPage).isLessThanOrEqualTo(fullPage);
	}

	@Test
	void theDashboardAndProgressListsAreConstant() throws Exception {
		long dashboard = statements(get("/admin"));
		long progress = statements(get("/admin/progress"));
		System.out.println("STATEMENTS /admin: " + dashboard + ", /admin/progress: " + progress);
		// One statement per warning list (events, progress entries, priority texts) and
		// the user.
		assertThat(dashboard).isLessThanOrEqualTo(4);
		assertThat(progress).isLessThanOrEqualTo(8);
	}

	@Test
	void theEventFormAndHistoryAreConstant() throws Exception {
		Long withAgenda = this.entityManagerFactory.createEntityManager()
			.createQuery("select a.event.id from AgendaItem a group by a.event.id order by count(a) desc", Long.class)
			.setMaxResults(1)
			.getSingleResult();
		long form = statements(get("/admin/events/{id}/edit", withAgenda));
		long history = statements(get("/admin/events/{id}/history", withAgenda));
		System.out.println("STATEMENTS event form: " + form + ", history: " + history);
		assertThat(form).isLessThanOrEqualTo(10);
		assertThat(history).isLessThanOrEqualTo(8);
	}

}
