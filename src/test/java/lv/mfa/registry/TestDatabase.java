package lv.mfa.registry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;

/**
 * Where the tests' PostgreSQL is. Where a Docker engine answers, Testcontainers starts
 * one (see {@link TestDatabaseConfiguration}); otherwise every test run creates a
 * database of its own on the server at {@code REGISTRY_TEST_DATABASE_URL} (default the
 * local server, {@code jdbc:postgresql://localhost:5432/postgres}) and drops it when the
 * run ends, so runs never collide or leave residue.
 */
public final class TestDatabase {

	private static Boolean dockerAvailable;

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
	 * This run's own database on the local server, created on first use and dropped when
	 * the JVM ends.
	 */
	public static synchronized TestDatabase local() {
		if (local == null) {
			String url = env("REGISTRY_TEST_DATABASE_URL", "jdbc:postgresql://localhost:5432/postgres");
			TestDatabase database = new TestDatabase(url, env("REGISTRY_TEST_DATABASE_USERNAME", "postgres"),
					env("REGISTRY_TEST_DATABASE_PASSWORD", ""));
			database.execute("create database " + database.name + " encoding 'UTF8' template template0");
			Runtime.getRuntime()
				.addShutdownHook(new Thread(
						() -> database.execute("drop database if exists " + database.name + " with (force)")));
			local = database;
		}
		return local;
	}

	/**
	 * Another database on the same server, empty, for a test context that must not share
	 * the run's data; dropped when the JVM ends.
	 */
	public static TestDatabase separate() {
		TestDatabase run = local();
		TestDatabase database = new TestDatabase(run.serverUrl, run.username, run.password);
		database.execute("create database " + database.name + " encoding 'UTF8' template template0");
		Runtime.getRuntime()
			.addShutdownHook(
					new Thread(() -> database.execute("drop database if exists " + database.name + " with (force)")));
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
