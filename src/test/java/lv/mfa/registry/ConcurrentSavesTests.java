package lv.mfa.registry;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import lv.mfa.registry.security.AppUser;
import lv.mfa.registry.security.AppUserRepository;
import lv.mfa.registry.security.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saves that arrive together, over real HTTP from parallel threads: a "new" form sent
 * twice creates one record; ten saves of one version (with agenda rows) keep one and
 * answer the others with the conflict page; never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class ConcurrentSavesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	private final String username = "parallel-" + UUID.randomUUID().toString().substring(0, 8);

	private final String password = UUID.randomUUID().toString();

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from event where title_en like 'Parallel %'");
		this.users.findByUsername(this.username).ifPresent(this.users::delete);
	}

	@Test
	void aNewEventSentTwiceAtOnceIsCreatedOnce() throws Exception {
		signIn();
		for (int round = 0; round < 3; round++) {
			String title = "Parallel new " + round;
			String page = get("/admin/events/new?lang=en");
			StaffForms.Form form = StaffForms.parse(page)
				.with("titleEn", title)
				.with("startDate", "2019-03-12")
				.with("endDate", "2019-03-12");
			String csrf = csrf(page);
			List<Integer> statuses = parallel(4, () -> post("/admin/events", form, csrf).statusCode());
			assertThat(statuses).as(title).doesNotContain(500).allSatisfy((s) -> assertThat(s).isIn(302, 303));
			assertThat(this.jdbc.queryForObject("select count(*) from event where title_en = ?", Integer.class, title))
				.as(title)
				.isEqualTo(1);
		}
	}

	@Test
	void tenSavesOfOneVersionKeepOneAndAnswerTheRestWithTheConflictPage() throws Exception {
		signIn();
		long presidency = this.jdbc.queryForObject("select id from presidency where slug = 'cbss-2018-2019'",
				Long.class);
		long event = this.jdbc.queryForObject("insert into event (key, presidency_id, start_date, end_date, type,"
				+ " status, title_lv, title_en, publication) values ('parallel-target', ?, date '2019-03-12',"
				+ " date '2019-03-13', 'MEETING', 'PLANNED', 'Paralēli', 'Parallel target', 'DRAFT') returning id",
				Long.class, presidency);
		for (int round = 0; round < 2; round++) {
			List<Integer> statuses = new ArrayList<>();
			String page = get("/admin/events/" + event + "/edit?lang=en");
			String csrf = csrf(page);
			StaffForms.Form base = StaffForms.parse(page);
			List<StaffForms.Form> forms = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				// Ten tabs: each its own page (token), all of the same version.
				forms.add(base.with("formToken", UUID.randomUUID().toString())
					.with("agenda[0].titleEn", "Parallel row " + i)
					.with("agenda[0].day", "2019-03-13")
					.with("agenda[1].titleEn", "Parallel second row " + i)
					.with("agenda[1].day", "2019-03-12"));
			}
			List<Callable<Integer>> saves = new ArrayList<>();
			for (StaffForms.Form form : forms) {
				saves.add(() -> post("/admin/events/" + event, form, csrf).statusCode());
			}
			statuses.addAll(parallel(saves));
			Map<Integer, Long> counts = statuses.stream()
				.collect(Collectors.groupingBy((s) -> s, Collectors.counting()));
			System.out.println("Ten parallel saves of one version, round " + round + ": " + counts);
			assertThat(statuses).doesNotContain(500).allSatisfy((s) -> assertThat(s).isIn(302, 409));
			assertThat(counts.get(302)).isEqualTo(1);
		}
	}

	private void signIn() throws Exception {
		this.users
			.save(new AppUser(this.username, this.passwordEncoder.encode(this.password), StaffRole.COORDINATOR, null));
		String page = get("/login");
		HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + this.username + "&password=" + this.password + "&_csrf=" + csrf(page)))
			.build());
		assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
	}

	/** The page's body, after checking that it is the page and not an error page. */
	private String get(String path) throws Exception {
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri(path)).GET().build());
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}

	private HttpResponse<String> post(String path, StaffForms.Form form, String csrf) throws Exception {
		String body = form.fields()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&")) + "&_csrf=" + encode(csrf);
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String csrf(String page) {
		return Jsoup.parse(page).select("input[name=_csrf]").first().attr("value");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static List<Integer> parallel(int times, Callable<Integer> task) throws Exception {
		List<Callable<Integer>> tasks = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			tasks.add(task);
		}
		return parallel(tasks);
	}

	/** Runs the tasks on their own threads, released at the same moment. */
	private static List<Integer> parallel(List<Callable<Integer>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (Callable<Integer> task : tasks) {
				answers.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
