package lv.mfa.registry;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Base of the browser tests: the whole application on a random port, on the run's test
 * database with the demo data, driven in Debian's headless Chromium (see
 * {@link BrowserSupport} for what a test gets: a {@code page}, {@code baseUrl()},
 * axe-core, screenshots under {@code target/screenshots/}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
public abstract class BrowserTestSupport extends BrowserSupport {

}
