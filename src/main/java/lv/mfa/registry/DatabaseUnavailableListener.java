package lv.mfa.registry;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
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

	/** SQLSTATE invalid_catalog_name: the database named in the URL does not exist. */
	private static final String MISSING_DATABASE = "3D000";

	/** SQLSTATE class 28, invalid authorization: a wrong user name or password. */
	private static final String REFUSED_LOGIN = "28";

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		Environment environment = event.getEnvironment();
		String url = environment.getProperty("spring.datasource.url");
		if (url == null || !url.startsWith("jdbc:postgresql:")) {
			return;
		}
		// A class data sharing training run (-Dspring.context.exit=onRefresh, as the
		// Dockerfile does while building the image) stops before it would use a database.
		if (environment.getProperty("spring.context.exit") != null) {
			return;
		}
		problem(url, environment.getProperty("spring.datasource.username", ""),
				environment.getProperty("spring.datasource.password", ""))
			.ifPresent((sentence) -> {
				System.err.printf("%n%s%n%n", sentence);
				System.exit(1);
			});
	}

	/**
	 * The one sentence to stop with when the database cannot be used, or empty when it
	 * answers (any other failure is reported by the application as usual).
	 */
	static Optional<String> problem(String url, String username, String password) {
		Properties properties = new Properties();
		properties.setProperty("user", username);
		properties.setProperty("password", password);
		properties.setProperty("connectTimeout", "5");
		try (Connection connection = DriverManager.getConnection(url, properties)) {
			connection.isValid(5);
			return Optional.empty();
		}
		catch (SQLException ex) {
			if (isUnreachable(ex)) {
				return Optional
					.of(String.format("The registry cannot reach PostgreSQL at %s: start it (`docker compose up"
							+ " -d`, or the local PostgreSQL server) or set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME"
							+ " and SPRING_DATASOURCE_PASSWORD to a database that answers.", url));
			}
			if (MISSING_DATABASE.equals(ex.getSQLState())) {
				return Optional.of(String.format("PostgreSQL answers but the database in %s does not exist: create it"
						+ " (`createdb`) or set SPRING_DATASOURCE_URL to one that does.", url));
			}
			if (ex.getSQLState() != null && ex.getSQLState().startsWith(REFUSED_LOGIN)) {
				return Optional.of(String.format("PostgreSQL at %s refuses the user name or password: set"
						+ " SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to an account it accepts.", url));
			}
			return Optional.empty();
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
