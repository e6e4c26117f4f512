package lv.mfa.registry;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import lv.mfa.registry.shared.cache.PublicPageCache;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the packaged application on different ports share one PostgreSQL, as
 * behind a load balancer: a member of staff signs in on one and saves through the other,
 * and the first's public pages show the change on the next request. The same instances
 * answer health, metrics and a proxy's forwarded headers over real HTTP.
 */
class TwoInstancesTests {

	private static final String PUBLIC_BASE_URL = "https://registry.example.lv";

	private static final List<Integer> READINESS_DURING_START = new ArrayList<>();

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private static final HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTwoInstances() {
		// The run's database, in the run's one container where Docker answers.
		TestDatabase database = TestDatabase.local();
		String url = database.url();
		String username = database.username();
		String password = database.password();
		List<String> common = List.of("--server.port=0", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + username, "--spring.datasource.password=" + password,
				"--spring.main.banner-mode=off", "--spring.profiles.active=instances",
				"--spring.docker.compose.enabled=false");
		// Both start at once on the same database: the start-up lock makes them take
		// turns.
		CompletableFuture<ConfigurableApplicationContext> a = CompletableFuture
			.supplyAsync(() -> new SpringApplicationBuilder(RegistryApplication.class, ReadinessDuringStart.class)
				.run(common.toArray(String[]::new)));
		List<String> withBaseUrl = new ArrayList<>(common);
		withBaseUrl.add("--registry.public-base-url=" + PUBLIC_BASE_URL);
		CompletableFuture<ConfigurableApplicationContext> b = CompletableFuture.supplyAsync(
				() -> new SpringApplicationBuilder(RegistryApplication.class).run(withBaseUrl.toArray(String[]::new)));
		first = a.join();
		second = b.join();
	}

	@AfterAll
	static void stopInstances() {
		if (first != null) {
			first.close();
		}
		if (second != null) {
			second.close();
		}
	}

	private static String base(ConfigurableApplicationContext context) {
		return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
	}

	private static HttpResponse<String> get(HttpClient client, String url, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(HttpClient client, String url, Map<String, String> form) throws Exception {
		String body = form.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return client.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String html) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
		return matcher.group(1);
	}

	private static String staff(String role) {
		JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
		String name = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.update("insert into app_user (username, password_hash, role) values (?, ?, ?)", name,
				first.getBean(PasswordEncoder.class).encode(name + "-password"), role);
		return name;
	}

	@Test
	void signedInOnOneSavedThroughTheOtherSeenOnTheFirstAtOnce() throws Exception {
		JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
		long event = jdbc.queryForObject(
				"select e.id from event e join presidency p on p.id = e.presidency_id"
						+ " where p.slug = 'cbss-2018-2019' and e.publication = 'PUBLISHED' order by e.id limit 1",
				Long.class);
		String eventPage = base(first) + "/events/" + event;
		assertThat(get(plain, eventPage).statusCode()).isEqualTo(200);
		assertThat(get(plain, eventPage).statusCode()).isEqualTo(200);
		assertThat(first.getBean(PublicPageCache.class).get("lv /events/" + event)).as("kept by the first").isNotNull();

		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String coordinator = staff("COORDINATOR");
		String token = csrf(get(browser, base(first) + "/login").body());
		HttpResponse<String> signIn = post(browser, base(first) + "/login",
				Map.of("_csrf", token, "username", coordinator, "password", coordinator + "-password"));
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/admin"));

		try {
			// The session made on the first instance is known to the second.
			HttpResponse<String> form = get(browser, base(second) + "/admin/events/" + event + "/edit");
			assertThat(form.statusCode()).isEqualTo(200);
			assertThat(form.body()).contains("/admin/events/" + event + "/unpublish");
			HttpResponse<String> withdrawn = post(browser, base(second) + "/admin/events/" + event + "/unpublish",
					Map.of("_csrf", csrf(form.body())));
			assertThat(withdrawn.statusCode()).isEqualTo(302);

			HttpResponse<String> gone = get(plain, eventPage);
			assertThat(gone.statusCode()).as("withdrawn through the second, the first's next answer").isEqualTo(404);

			form = get(browser, base(second) + "/admin/events/" + event + "/edit");
			assertThat(post(browser, base(second) + "/admin/events/" + event + "/publish",
					Map.of("_csrf", csrf(form.body())))
				.statusCode()).isEqualTo(302);
			HttpResponse<String> back = get(plain, eventPage);
			assertThat(back.statusCode()).isEqualTo(200);
			assertThat(back.body()).contains("<h1");
		}
		finally {
			jdbc.update("update event set publication = 'PUBLISHED' where id = ?", event);
		}
	}

	@Test
	void anonymousVisitorsGetNoSessionOnAnyInstance() throws Exception {
		JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
		long sessions = jdbc.queryForObject("select count(*) from spring_session", Long.class);
		for (String path : new String[] { "/login", "/presidencies/cbss-2018-2019", "/search?q=riga" }) {
			HttpResponse<String> response = get(plain, base(first) + path);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).as(path)
				.noneMatch((cookie) -> cookie.startsWith("SESSION=") || cookie.startsWith("JSESSIONID="));
		}
		assertThat(jdbc.queryForObject("select count(*) from spring_session", Long.class)).isEqualTo(sessions);
	}

	@Test
	void behindAnHttpsProxyCookiesAreSecureAndHstsIsSent() throws Exception {
		String[] https = { "X-Forwarded-Proto", "https", "X-Forwarded-Host", "public.example" };
		HttpResponse<String> login = get(plain, base(first) + "/login", https);
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isPresent();
		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("XSRF-TOKEN=")
				.contains("Secure", "HttpOnly", "SameSite=Lax"));

		String coordinator = staff("COORDINATOR");
		String session = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("XSRF-TOKEN="))
			.findFirst()
			.orElseThrow()
			.split(";")[0];
		HttpResponse<String> signIn = plain.send(HttpRequest.newBuilder(URI.create(base(first) + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", session)
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "public.example")
			.POST(HttpRequest.BodyPublishers
				.ofString("_csrf=" + URLEncoder.encode(csrf(login.body()), StandardCharsets.UTF_8) + "&username="
						+ coordinator + "&password=" + coordinator + "-password"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(
				(cookie) -> assertThat(cookie).startsWith("SESSION=").contains("Secure", "HttpOnly", "SameSite=Lax"));

		HttpResponse<String> direct = get(plain, base(first) + "/login");
		assertThat(direct.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(direct.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.contains("Secure"));
	}

	@Test
	void feedsCarryThePublicAddressNeverTheRequestHost() throws Exception {
		String feed = "/presidencies/cbss-2018-2019/events.ics";
		HttpResponse<String> proxied = get(plain, base(first) + feed, "X-Forwarded-Proto", "https", "X-Forwarded-Host",
				"public.example");
		assertThat(proxied.statusCode()).isEqualTo(200);
		assertThat(proxied.body()).contains("URL:https://public.example/events/").doesNotContain("127.0.0.1");

		HttpResponse<String> configured = get(plain, base(second) + feed, "X-Forwarded-Host", "evil.example");
		assertThat(configured.statusCode()).isEqualTo(200);
		assertThat(configured.body()).contains("URL:" + PUBLIC_BASE_URL + "/events/").doesNotContain("evil.example");
		HttpResponse<String> json = get(plain, base(second) + "/presidencies/cbss-2018-2019/events.json",
				"X-Forwarded-Host", "evil.example");
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.body()).contains(PUBLIC_BASE_URL + "/events/").doesNotContain("evil.example");
	}

	@Test
	void healthIsOpenAndReadyOnlyAfterTheStartUpWork() throws Exception {
		assertThat(READINESS_DURING_START).as("readiness asked before the demo data and first admin")
			.containsExactly(503);
		for (String probe : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			HttpResponse<String> health = get(plain, base(first) + probe);
			assertThat(health.statusCode()).as(probe).isEqualTo(200);
			assertThat(health.body()).as(probe).contains("\"status\":\"UP\"");
		}
		JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
		assertThat(jdbc.queryForObject("select count(*) from app_user where role = 'ADMIN'", Long.class)).isPositive();
		assertThat(jdbc.queryForObject("select count(*) from presidency", Long.class)).isPositive();
	}

	@Test
	void metricsAreForAdminsOnly() throws Exception {
		String metrics = base(first) + "/actuator/prometheus";
		assertThat(get(plain, metrics).statusCode()).isEqualTo(401);
		String coordinator = staff("COORDINATOR");
		assertThat(get(plain, metrics, "Authorization", basic(coordinator)).statusCode()).isEqualTo(403);
		get(plain, base(first) + "/presidencies/cbss-2018-2019");
		String admin = staff("ADMIN");
		HttpResponse<String> scraped = get(plain, metrics, "Authorization", basic(admin));
		assertThat(scraped.statusCode()).isEqualTo(200);
		assertThat(scraped.body()).contains("cache_gets_total{", "cache=\"public_pages\"", "hikaricp_connections",
				"http_server_requests_seconds", "registry_page_cache_bytes");
	}

	@Test
	void theStylesheetHasAContentHashedNameAndIsCachedForAYear() throws Exception {
		String page = get(plain, base(first) + "/presidencies/cbss-2018-2019").body();
		Matcher css = Pattern.compile("href=\"(/css/registry-[0-9a-f]{32}\\.css)\"").matcher(page);
		assertThat(css.find()).as("a hashed stylesheet address in " + page.substring(0, 600)).isTrue();
		HttpResponse<String> stylesheet = get(plain, base(first) + css.group(1));
		assertThat(stylesheet.statusCode()).isEqualTo(200);
		assertThat(stylesheet.body()).contains("{");
		assertThat(stylesheet.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public");
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + user + "-password").getBytes(StandardCharsets.UTF_8));
	}

	/** Asks the instance's own readiness while the start-up work has not run yet. */
	@Configuration(proxyBeanMethods = false)
	static class ReadinessDuringStart {

		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE + 1)
		ApplicationRunner askReadiness(org.springframework.core.env.Environment environment) {
			return (args) -> READINESS_DURING_START.add(get(plain,
					"http://127.0.0.1:" + environment.getProperty("local.server.port") + "/actuator/health/readiness")
				.statusCode());
		}

	}

}
