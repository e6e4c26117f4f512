package lv.mfa.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser half of the browser tests, without the application's test configuration
 * (see {@link BrowserTestSupport}, the usual base; a test that needs a registry of its
 * own, e.g. an empty one, extends this with its own {@code @SpringBootTest} on a random
 * port). Debian's headless Chromium ({@code /usr/bin/chromium}) driven by Playwright,
 * which never downloads a browser of its own. Gives each test a fresh {@link #page},
 * {@link #baseUrl()}, {@link #assertNoAxeViolations(Page)} (axe-core, WCAG 2.1 A and AA)
 * and {@link #screenshot(Page, String)}.
 * <p>
 * Under {@code CI=true} a missing Chromium fails the tests; elsewhere they are skipped
 * with a notice.
 */
public abstract class BrowserSupport {

	/**
	 * Where every run writes its screenshots; {@code -Ddocs.screenshots=true} also copies
	 * them to {@code docs/} for the README.
	 */
	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

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
		try (InputStream axe = BrowserSupport.class.getClassLoader().getResourceAsStream(AXE)) {
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

	/**
	 * A full-page PNG for the README: {@code path} is its name under {@code docs/} (e.g.
	 * {@code docs/overview.png}); see {@link #screenshot(Page, String, boolean)}.
	 */
	protected Path screenshot(Page page, String path) {
		return screenshot(page, path, true);
	}

	/**
	 * A PNG of the whole page or only of what the screen shows (e.g. a phone's first
	 * screen). {@code path} names it as the README does ({@code docs/overview.png}); it
	 * is written under {@code target/screenshots/}
	 * ({@code target/screenshots/overview.png}) on every run and copied to {@code docs/}
	 * only with {@code -Ddocs.screenshots=true}, so running the tests leaves the working
	 * tree as it was.
	 */
	protected Path screenshot(Page page, String path, boolean fullPage) {
		Path written = screenshotTarget(path);
		page.screenshot(new Page.ScreenshotOptions().setPath(written).setFullPage(fullPage));
		return publish(written, path);
	}

	/**
	 * A PNG of the page from the top of {@code from} down, at most {@code height} pixels
	 * and the viewport's width: a step of a long form without its 10,000 pixels. Named
	 * and copied as {@link #screenshot(Page, String, boolean)}.
	 */
	protected Path screenshot(Page page, String path, Locator from, int height) {
		Path written = screenshotTarget(path);
		from.scrollIntoViewIfNeeded();
		double top = ((Number) from.evaluate("(element) => element.getBoundingClientRect().top + window.scrollY"))
			.doubleValue();
		double pageHeight = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).doubleValue();
		double width = page.viewportSize().width;
		double y = Math.max(0, top - 16);
		page.screenshot(new Page.ScreenshotOptions().setPath(written)
			.setFullPage(true)
			.setClip(0, y, width, Math.min(height, pageHeight - y)));
		return publish(written, path);
	}

	private static Path screenshotTarget(String path) {
		Path docsName = Path.of(path);
		Path relative = docsName.startsWith("docs") ? Path.of("docs").relativize(docsName) : docsName;
		Path target = SCREENSHOTS.resolve(relative);
		try {
			Files.createDirectories(target.getParent());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return target;
	}

	private static Path publish(Path written, String path) {
		if (Boolean.getBoolean("docs.screenshots")) {
			Path docs = Path.of(path);
			try {
				if (docs.getParent() != null) {
					Files.createDirectories(docs.getParent());
				}
				Files.copy(written, docs, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return written;
	}

}
