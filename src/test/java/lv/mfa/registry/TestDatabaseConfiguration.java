package lv.mfa.registry;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A real PostgreSQL for every test: this run's own database, in the run's one
 * Testcontainers container where Docker answers, else on the local server (see
 * {@link TestDatabase}). Every test context points at the same database, however many
 * contexts the run starts.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	DynamicPropertyRegistrar runDatabase() {
		return (registry) -> {
			TestDatabase database = TestDatabase.local();
			registry.add("spring.datasource.url", database::url);
			registry.add("spring.datasource.username", database::username);
			registry.add("spring.datasource.password", database::password);
		};
	}

}
