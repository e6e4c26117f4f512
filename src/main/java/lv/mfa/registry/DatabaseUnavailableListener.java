package lv.mfa.registry;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Checks, before anything else starts, that the database answers. When it does not, the
 * registry stops at once with one sentence saying how to start one, instead of pages of
 * stack traces from the connection pool, Flyway and Hibernate.
 */
class DatabaseUnavailableListener implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		Environment environment = event.getEnvironment();
		String url = environment.getProperty("spring.datasource.url");
		if (url == null || !url.startsWith("jdbc:postgresql:")) {
			return;
		}
		Properties properties = new Properties();
		properties.setProperty("user", environment.getProperty("spring.datasource.username", ""));
		properties.setProperty("password", environment.getProperty("spring.datasource.password", ""));
		properties.setProperty("connectTimeout", "5");
		try (Connection connection = DriverManager.getConnection(url, properties)) {
			connection.isValid(5);
		}
		catch (SQLException ex) {
			if (isUnreachable(ex)) {
				System.err.printf("%nThe registry cannot reach PostgreSQL at %s: start it (`docker compose up -d`, or "
						+ "the local PostgreSQL server) or set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
						+ "SPRING_DATASOURCE_PASSWORD to a database that answers.%n%n", url);
				System.exit(1);
			}
			// Any other failure (a wrong password, a missing database) is reported by the
			// application as usual.
		}
	}

	static boolean isUnreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
				return true;
			}
			if (cause instanceof SQLException sql && "08001".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
