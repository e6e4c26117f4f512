package lv.mfa.registry;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

import lv.mfa.registry.shared.cache.PublicPageCache;

/**
 * Full-app tests share one application context, hence one {@link PublicPageCache}, and
 * many of them write rows with plain SQL (JdbcTemplate), which Hibernate's invalidation
 * does not see: every test starts (after its {@code @BeforeEach}) and ends with an empty
 * cache. A test that writes with SQL and then reads a page it has already read calls
 * {@link PublicPageCache#evictAll()} itself.
 */
public class PublicPageCacheTestListener implements TestExecutionListener {

	@Override
	public void beforeTestExecution(TestContext testContext) {
		evict(testContext);
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		evict(testContext);
	}

	private static void evict(TestContext testContext) {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		context.getBeanProvider(PublicPageCache.class).ifAvailable(PublicPageCache::evictAll);
	}

}
