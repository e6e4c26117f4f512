package lv.mfa.registry.dataset;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty registry with the demo data set (Latvia's 2018–2019 CBSS presidency) at
 * start.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoDataLoader.class);

	private final DatasetImporter importer;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final boolean enabled;

	private final String location;

	DemoDataLoader(DatasetImporter importer, EntityManager entityManager, TransactionTemplate transactions,
			@Value("${registry.demo-data.enabled:true}") boolean enabled,
			@Value("${registry.demo-data.location:classpath:data/*.yaml}") String location) {
		this.importer = importer;
		this.entityManager = entityManager;
		this.transactions = transactions;
		this.enabled = enabled;
		this.location = location;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		Long presidencies = this.transactions
			.execute((status) -> this.entityManager.createQuery("select count(p) from Presidency p", Long.class)
				.getSingleResult());
		if (presidencies != null && presidencies > 0) {
			logger.debug("The registry holds data already; the demo data set is not loaded");
			return;
		}
		this.importer.importLocation(this.location);
	}

}
