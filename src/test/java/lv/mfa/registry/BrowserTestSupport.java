package lv.mfa.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the browser tests: the whole application on a random port, driven in Debian's
 * headless Chromium ({@code /usr/bin/chromium}) by Playwright, which never downloads a
 * browser of its own. Gives each test a fresh {@link #page}, {@link #baseUrl()},
 * {@link #assertNoAxeViolations(Page)} (axe-core, WCAG 2.1 A and AA) and
 * {@link #screenshot(Page, String)}.
 * <p>
 * Under {@code CI=true} a missing Chromium fails the tests; elsewhere they are skipped
 * with a notice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
public abstract class BrowserTestSupport {

	public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

	private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	private static Playwright playwright;

	private static Browser browser;

	private static String axeSource;

	@LocalServerPort
	private int port;

	private BrowserContext context;

	protected Page page;

	@BeforeAll
	static void launchBrowser() throws IOException {
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		if (!Files.isExecutable(CHROMIUM)) {
			String notice = "Browser tests skipped: no Chromium at " + CHROMIUM
					+ " (install Debian's chromium package; .ci/run does).";
			if (ci) {
				throw new IllegalStateException("CI=true but " + notice);
			}
			System.out.println("NOTICE: " + notice);
			Assumptions.abort(notice);
		}
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--no-first-run", "--disable-sync")));
		try (InputStream axe = BrowserTestSupport.class.getClassLoader().getResourceAsStream(AXE)) {
			assertThat(axe).as("axe-core on the test classpath").isNotNull();
			axeSource = new String(axe.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	@BeforeEach
	void openPage() {
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
			// The application's Content-Security-Policy forbids inline scripts,
			// axe-core's
			// included.
			.setBypassCSP(true));
		this.page = this.context.newPage();
		this.page.setDefaultTimeout(15_000);
	}

	@AfterEach
	void closePage() {
		if (this.context != null) {
			this.context.close();
		}
	}

	/** The shared browser, for tests that need a context of their own per visitor. */
	protected static Browser browser() {
		return browser;
	}

	/** The application's address, e.g. {@code http://localhost:43817}. */
	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/** Runs axe-core on the page as it is now: no WCAG 2.1 A or AA violation allowed. */
	protected void assertNoAxeViolations(Page page) {
		page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource));
		Object violations = page.evaluate("""
				async () => {
				  const result = await axe.run(document, { runOnly: { type: 'tag',
				    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
				  return JSON.stringify(result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
				    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')) })));
				}""");
		assertThat(violations).as("axe-core violations on " + page.url()).isEqualTo("[]");
	}

	/** A full-page PNG at the path (relative to the project), directories created. */
	protected Path screenshot(Page page, String path) {
		return screenshot(page, path, true);
	}

	/**
	 * A PNG of the whole page or only of what the screen shows (e.g. a phone's first
	 * screen) at the path, directories created.
	 */
	protected Path screenshot(Page page, String path, boolean fullPage) {
		Path target = Path.of(path);
		try {
			if (target.getParent() != null) {
				Files.createDirectories(target.getParent());
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(target).setFullPage(fullPage));
		return target;
	}

}
