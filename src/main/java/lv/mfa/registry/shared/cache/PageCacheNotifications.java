package lv.mfa.registry.shared.cache;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every instance on the same database empties its public page cache when any of them
 * commits a change: the committing instance sends a PostgreSQL {@code NOTIFY} after the
 * commit, and each instance listens on a connection of its own. When the listening
 * connection breaks, the cache is emptied (a notification may have been missed) and it
 * listens again.
 */
@Component
class PageCacheNotifications implements SmartLifecycle {

	static final String CHANNEL = "registry_public_pages";

	private static final Logger logger = LoggerFactory.getLogger(PageCacheNotifications.class);

	private final DataSource dataSource;

	private final PublicPageCache cache;

	private final String instance = UUID.randomUUID().toString();

	private volatile boolean running;

	private volatile Connection listening;

	private Thread listener;

	PageCacheNotifications(DataSource dataSource, PublicPageCache cache) {
		this.dataSource = dataSource;
		this.cache = cache;
	}

	/** Tells the other instances that a change was committed. */
	void changeCommitted() {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("select pg_notify('" + CHANNEL + "', '" + this.instance + "')");
		}
		catch (SQLException ex) {
			// The change is committed and this instance's cache emptied; the others'
			// expire.
			logger.warn("Could not tell other instances to empty their page cache: {}", ex.getMessage());
		}
	}

	@Override
	public synchronized void start() {
		this.running = true;
		this.listener = new Thread(this::listen, "page-cache-notifications");
		this.listener.setDaemon(true);
		this.listener.start();
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		Connection connection = this.listening;
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// Closing anyway.
			}
		}
		this.listener.interrupt();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		while (this.running) {
			try (Connection connection = this.dataSource.getConnection()) {
				this.listening = connection;
				try (Statement statement = connection.createStatement()) {
					statement.execute("listen " + CHANNEL);
				}
				if (!connection.getAutoCommit()) {
					connection.commit();
				}
				// Whatever was committed while no one listened.
				this.cache.evictAll();
				PGConnection postgres = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] notifications = postgres.getNotifications(10_000);
					if (notifications != null && isFromAnotherInstance(notifications)) {
						this.cache.evictAll();
					}
				}
			}
			catch (SQLException ex) {
				if (!this.running) {
					return;
				}
				logger.warn("Listening for page cache notifications failed, listening again: {}", ex.getMessage());
				this.cache.evictAll();
				try {
					Thread.sleep(1_000);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
			finally {
				this.listening = null;
			}
		}
	}

	private boolean isFromAnotherInstance(PGNotification[] notifications) {
		for (PGNotification notification : notifications) {
			if (!this.instance.equals(notification.getParameter())) {
				return true;
			}
		}
		return false;
	}

}
