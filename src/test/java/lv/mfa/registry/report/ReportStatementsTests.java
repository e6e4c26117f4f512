package lv.mfa.registry.report;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import lv.mfa.registry.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A report costs a fixed number of SQL statements whatever the number of events and
 * entries it shows: no statement per row.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@WithMockUser(roles = "COORDINATOR")
class ReportStatementsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private long statements(MockHttpServletRequestBuilder request) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc.perform(request).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

	@Test
	void informativeReportCostsTheSameStatementsForAllEventsAsForFew() throws Exception {
		String page = "/admin/presidencies/cbss-2018-2019/report";
		long all = statements(get(page));
		long few = statements(get(page).param("from", "2019-06-01").param("to", "2019-06-05"));
		assertThat(all).isEqualTo(few).isLessThanOrEqualTo(5);
		assertThat(statements(get(page + ".docx").param("lang", "en"))).isLessThanOrEqualTo(all);
	}

	@Test
	void progressReportCostsTheSameStatementsForAllEntriesAsForFew() throws Exception {
		String page = "/admin/presidencies/cbss-2018-2019/progress-report";
		long all = statements(get(page));
		long few = statements(get(page).param("from", "2019-06-01").param("to", "2019-06-05"));
		assertThat(all).isEqualTo(few).isLessThanOrEqualTo(5);
	}

}
