package lv.mfa.registry.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Instances starting together on one database take turns through the start-up work that
 * checks before it inserts (the first admin, the demo data): the first runner takes a
 * PostgreSQL advisory lock on a connection of its own and holds it until the application
 * is ready (after every other runner), so a second instance waits, then finds the rows
 * there. The lock goes with the connection if the process dies.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupLock implements ApplicationRunner {

	/** Any constant shared by every instance; "registry" in ASCII. */
	static final long KEY = 0x7265676973747279L;

	private static final Logger logger = LoggerFactory.getLogger(StartupLock.class);

	private final DataSource dataSource;

	private Connection connection;

	StartupLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public synchronized void run(ApplicationArguments args) throws SQLException {
		Connection held = this.dataSource.getConnection();
		try (Statement statement = held.createStatement()) {
			long started = System.nanoTime();
			statement.execute("select pg_advisory_lock(" + KEY + ")");
			long waited = (System.nanoTime() - started) / 1_000_000;
			if (waited > 100) {
				logger.info("Waited {} ms for another instance to finish its start-up work", waited);
			}
		}
		catch (SQLException ex) {
			held.close();
			throw ex;
		}
		this.connection = held;
	}

	@EventListener({ ApplicationReadyEvent.class, ApplicationFailedEvent.class })
	synchronized void release() {
		if (this.connection == null) {
			return;
		}
		try (Connection held = this.connection; Statement statement = held.createStatement()) {
			statement.execute("select pg_advisory_unlock(" + KEY + ")");
		}
		catch (SQLException ex) {
			logger.warn("Could not release the start-up lock (it goes with the connection): {}", ex.getMessage());
		}
		finally {
			this.connection = null;
		}
	}

}
