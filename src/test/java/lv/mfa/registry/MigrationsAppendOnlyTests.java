package lv.mfa.registry;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations are append-only: a released migration (its Flyway checksum recorded in
 * {@code db/released-migrations.properties} when it shipped) is never edited, since
 * databases that already ran it would refuse to start; and a new one sorts after every
 * released one, or it would never run on them.
 */
@RegistryJpaTest
class MigrationsAppendOnlyTests {

	@Autowired
	Flyway flyway;

	@Test
	void releasedMigrationsAreNeverEdited() throws IOException {
		Map<String, Integer> current = checksums();
		Properties released = released();
		assertThat(released).isNotEmpty();
		released.forEach((version, checksum) -> assertThat(current.get((String) version))
			.as("V%s was released: leave it as it is and add a new migration", version)
			.isEqualTo(Integer.valueOf((String) checksum)));
	}

	@Test
	void newMigrationsSortAfterTheReleasedOnes() throws IOException {
		Properties released = released();
		MigrationVersion last = released.stringPropertyNames()
			.stream()
			.map(MigrationVersion::fromVersion)
			.max(MigrationVersion::compareTo)
			.orElseThrow();
		checksums().keySet()
			.stream()
			.filter((version) -> !released.containsKey(version))
			.forEach((version) -> assertThat(MigrationVersion.fromVersion(version)).as("new migration V%s", version)
				.isGreaterThan(last));
	}

	private Map<String, Integer> checksums() {
		Map<String, Integer> checksums = new TreeMap<>();
		for (MigrationInfo migration : this.flyway.info().all()) {
			if (migration.getVersion() != null) {
				checksums.put(migration.getVersion().getVersion(), migration.getChecksum());
			}
		}
		return checksums;
	}

	private static Properties released() throws IOException {
		Properties released = new Properties();
		try (InputStream in = new ClassPathResource("db/released-migrations.properties").getInputStream()) {
			released.load(in);
		}
		return released;
	}

}
