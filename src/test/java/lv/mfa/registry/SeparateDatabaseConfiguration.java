package lv.mfa.registry;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A database of the test class's own, instead of {@link TestDatabaseConfiguration}'s
 * shared one: a new database on the run's server (the run's container where Docker
 * answers), dropped with it. For a registry that must start empty (with
 * {@code registry.demo-data.enabled=false}) without emptying the one the other tests
 * share.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SeparateDatabaseConfiguration {

	@Bean
	DynamicPropertyRegistrar separateDatabase() {
		TestDatabase database = TestDatabase.separate();
		return (registry) -> {
			registry.add("spring.datasource.url", database::url);
			registry.add("spring.datasource.username", database::username);
			registry.add("spring.datasource.password", database::password);
		};
	}

}
