package lv.mfa.registry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Where the tests' PostgreSQL is. Where a Docker engine answers, Testcontainers starts
 * one container for the whole run (every test context, however many, uses it); otherwise
 * the server at {@code REGISTRY_TEST_DATABASE_URL} (default the local server,
 * {@code jdbc:postgresql://localhost:5432/postgres}). On that server every test run
 * creates a database of its own and drops it when the run ends, so runs never collide or
 * leave residue.
 */
public final class TestDatabase {

	private static Boolean dockerAvailable;

	/**
	 * The run's one container, started on first use; Testcontainers removes it at exit.
	 */
	private static PostgreSQLContainer container;

	private static TestDatabase local;

	private final String serverUrl;

	private final String username;

	private final String password;

	private final String name;

	private TestDatabase(String serverUrl, String username, String password) {
		this.serverUrl = serverUrl;
		this.username = username;
		this.password = password;
		this.name = "registry_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
	}

	static synchronized boolean isDockerAvailable() {
		if (dockerAvailable == null) {
			boolean forceLocal = System.getenv("REGISTRY_TEST_DATABASE_URL") != null;
			dockerAvailable = !forceLocal && probeDocker();
		}
		return dockerAvailable;
	}

	private static boolean probeDocker() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	/**
	 * This run's own database, created on first use: in the run's container where Docker
	 * answers, else on the local server (dropped when the JVM ends).
	 */
	public static synchronized TestDatabase local() {
		if (local == null) {
			local = create(server());
		}
		return local;
	}

	/**
	 * Another database on the same server, empty, for a test context that must not share
	 * the run's data.
	 */
	public static TestDatabase separate() {
		TestDatabase run = local();
		return create(new TestDatabase(run.serverUrl, run.username, run.password));
	}

	/**
	 * Where the run's databases are created: the run's container, or the local server.
	 */
	private static TestDatabase server() {
		if (isDockerAvailable()) {
			PostgreSQLContainer postgres = container();
			return new TestDatabase(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
		}
		String url = env("REGISTRY_TEST_DATABASE_URL", "jdbc:postgresql://localhost:5432/postgres");
		return new TestDatabase(url, env("REGISTRY_TEST_DATABASE_USERNAME", "postgres"),
				env("REGISTRY_TEST_DATABASE_PASSWORD", ""));
	}

	private static synchronized PostgreSQLContainer container() {
		if (container == null) {
			PostgreSQLContainer postgres = new PostgreSQLContainer(DockerImageName.parse("postgres:17-alpine"));
			postgres.start();
			container = postgres;
		}
		return container;
	}

	private static TestDatabase create(TestDatabase server) {
		TestDatabase database = new TestDatabase(server.serverUrl, server.username, server.password);
		database.execute("create database " + database.name + " encoding 'UTF8' template template0");
		if (container == null) {
			// A container goes with its databases; a server keeps them unless dropped.
			Runtime.getRuntime()
				.addShutdownHook(new Thread(
						() -> database.execute("drop database if exists " + database.name + " with (force)")));
		}
		return database;
	}

	public String url() {
		int slash = this.serverUrl.lastIndexOf('/');
		int query = this.serverUrl.indexOf('?', slash);
		return this.serverUrl.substring(0, slash + 1) + this.name
				+ ((query > 0) ? this.serverUrl.substring(query) : "");
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

	private void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(this.serverUrl, this.username, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Tests need PostgreSQL: a Docker engine for Testcontainers, or a server at "
					+ this.serverUrl + " (set REGISTRY_TEST_DATABASE_URL). " + ex.getMessage().toLowerCase(Locale.ROOT),
					ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
