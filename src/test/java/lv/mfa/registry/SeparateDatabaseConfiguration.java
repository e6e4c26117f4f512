package lv.mfa.registry;

import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.test.context.DynamicPropertyRegistrar;

import lv.mfa.registry.TestDatabaseConfiguration.DockerAvailable;
import lv.mfa.registry.TestDatabaseConfiguration.DockerUnavailable;

/**
 * A database of the test class's own, instead of {@link TestDatabaseConfiguration}'s
 * shared one: Testcontainers' where Docker answers, else a new database on the run's
 * server, dropped when the JVM ends. For a registry that must start empty (with
 * {@code registry.demo-data.enabled=false}) without emptying the one the other tests
 * share.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SeparateDatabaseConfiguration {

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer(DockerImageName.parse("postgres:17-alpine"));
	}

	@Bean
	@Conditional(DockerUnavailable.class)
	DynamicPropertyRegistrar separateDatabase() {
		TestDatabase database = TestDatabase.separate();
		return (registry) -> {
			registry.add("spring.datasource.url", database::url);
			registry.add("spring.datasource.username", database::username);
			registry.add("spring.datasource.password", database::password);
		};
	}

}
