package lv.mfa.registry.report;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Dates no database can hold ({@code -999999999-01-01}, five-digit years) are named as
 * invalid beside the field, on the page and on every download, never a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class ReportRangeInputTests {

	@Autowired
	MockMvc mvc;

	@Test
	void yearsOutOfEveryRangeAreNamedAsInvalid() throws Exception {
		for (String date : new String[] { "-999999999-01-01", "+999999999-12-31", "10000-01-01", "2019-02-30" }) {
			this.mvc
				.perform(get("/admin/presidencies/cbss-2018-2019/report").param("from", date)
					.param("lang", "en")
					.with(user("c").roles("COORDINATOR")))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("is not valid"), not(containsString("Exception")))));
			for (String format : new String[] { "pdf", "docx", "html" }) {
				this.mvc
					.perform(get("/admin/presidencies/cbss-2018-2019/progress-report." + format).param("to", date)
						.with(user("c").roles("COORDINATOR")))
					.andExpect(status().isBadRequest())
					.andExpect(content().string(containsString("nav derīgs")));
			}
		}
	}

}
