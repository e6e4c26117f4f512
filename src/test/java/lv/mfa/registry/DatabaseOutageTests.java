package lv.mfa.registry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.shared.cache.PublicPageCache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A real outage: the test database stops accepting connections and its open ones are
 * ended. Pages and forms then answer quickly with a "temporarily unavailable" page, 503
 * and Retry-After, and come back by themselves when the database does.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class DatabaseOutageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublicPageCache cache;

	@Test
	void duringAnOutagePagesAndFormsAnswer503QuicklyAndRecoverAfter() throws Exception {
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		String database = this.jdbc.queryForObject("select current_database()", String.class);
		String maintenanceUrl = pool.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/postgres$1");
		try (Connection admin = DriverManager.getConnection(maintenanceUrl, pool.getUsername(), pool.getPassword());
				Statement statement = admin.createStatement()) {
			statement.execute("alter database \"" + database + "\" allow_connections false");
			try {
				statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
						+ "' and pid <> pg_backend_pid()");
				pool.getHikariPoolMXBean().softEvictConnections();
				this.cache.evictAll();

				long started = System.nanoTime();
				MockHttpServletResponse page = this.mvc.perform(get("/presidencies/cbss-2018-2019/timeline"))
					.andReturn()
					.getResponse();
				long pageMillis = (System.nanoTime() - started) / 1_000_000;
				assertThat(page.getStatus()).isEqualTo(503);
				assertThat(page.getHeader("Retry-After")).isEqualTo("30");
				assertThat(page.getContentAsString()).contains("Īslaicīgi nav pieejams").doesNotContain("Exception");
				assertThat(pageMillis).isLessThan(4_000);

				MockHttpServletResponse form = this.mvc
					.perform(post("/admin/password").param("currentPassword", "whatever it was")
						.param("newPassword", "a new long passphrase")
						.param("repeatPassword", "a new long passphrase")
						.param("lang", "en")
						.with(user("outage-editor").roles("EDITOR"))
						.with(csrf()))
					.andReturn()
					.getResponse();
				assertThat(form.getStatus()).isEqualTo(503);
				assertThat(form.getHeader("Retry-After")).isEqualTo("30");
				assertThat(form.getContentAsString()).contains("Nothing was saved", "Back button");

				// Signing in cannot check the password: "unavailable", not "wrong
				// password".
				MockHttpServletResponse signIn = this.mvc
					.perform(post("/login").param("username", "someone").param("password", "something").with(csrf()))
					.andReturn()
					.getResponse();
				assertThat(signIn.getStatus()).isEqualTo(503);
			}
			finally {
				statement.execute("alter database \"" + database + "\" allow_connections true");
			}
		}
		// The pool connects again by itself (within its connection timeout, a few tries).
		int status = 0;
		for (int attempt = 0; attempt < 20 && status != 200; attempt++) {
			this.cache.evictAll();
			status = this.mvc.perform(get("/presidencies/cbss-2018-2019/timeline"))
				.andReturn()
				.getResponse()
				.getStatus();
			if (status != 200) {
				Thread.sleep(500);
			}
		}
		assertThat(status).isEqualTo(200);
	}

}
