package lv.mfa.registry.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import lv.mfa.registry.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests shaped to hurt, over real HTTP (the container's own decoding and buffering
 * included). A NUL or bytes that are not UTF-8 in any parameter get 400 with a page in
 * the visitor's language and a log line under 1 KB, never 500 or a stack trace; other
 * control characters are dropped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestTests {

	private static final String TIMELINE = "/presidencies/cbss-2018-2019/timeline";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder get(String pathAndQuery) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + pathAndQuery))
			.header("Accept", "text/html");
	}

	@Test
	void nulAndMalformedEncodingsAreRefusedWith400AndAShortLogLine(CapturedOutput output) throws Exception {
		List<String> refused = List.of("/search?q=a%00b", TIMELINE + "?q=a%00b", TIMELINE + "?wg=%00",
				TIMELINE + "?organiser=x%00", TIMELINE + "?country=%00", TIMELINE + "?city=R%00ga",
				"/projects?country=%00", "/projects?programme=%00", "/search?q=%C3%28", "/search?q=%FF%FE",
				"/search?q=%E2%82", TIMELINE + "?q=%C0%AF", "/login?x=%00");
		for (String url : refused) {
			int before = output.length();
			HttpResponse<String> response = send(get(url));
			assertThat(response.statusCode()).as(url).isEqualTo(400);
			assertThat(response.body()).as(url)
				.contains("<html lang=\"lv\"")
				.doesNotContain("Exception")
				.doesNotContain("at org.");
			assertThat(output.length() - before).as("log written for " + url).isLessThan(1024);
		}
	}

	@Test
	void aNulInAFormIsRefusedBeforeAnyHandler(CapturedOutput output) throws Exception {
		int before = output.length();
		HttpResponse<String> response = send(get("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin%00&password=x&_csrf=y")));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(output.length() - before).isLessThan(1024);
		HttpResponse<String> malformed = send(get("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=%C3%28&password=x&_csrf=y")));
		assertThat(malformed.statusCode()).isEqualTo(400);
	}

	@Test
	void otherControlCharactersAreDroppedAndTheRestStays() throws Exception {
		HttpResponse<String> response = send(get("/en/search?q=Zzq%1B%0Bctl%7F%C2%9Bmarker"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Zzqctlmarker").doesNotContain("\u001B");
		assertThat(RequestTextFilter.withoutControls("Rīga\tline\r\nnext\u000C\u0007")).isEqualTo("Rīga\tline\r\nnext");
		// Latvian text, quotes and markup characters pass as they are (escaping is the
		// templates' job).
		HttpResponse<String> latvian = send(get("/search?q=%C5%A1%C4%B7%C4%93rslis+%3Cb%3E"));
		assertThat(latvian.statusCode()).isEqualTo(200);
		assertThat(latvian.body()).contains("šķērslis &lt;b&gt;");
	}

	@Test
	void anAddressStartingWithTwoSlashesDoesNotLinkToAnotherSite() throws Exception {
		for (String path : new String[] { "//evil.example/login", "//evil.example/presidencies" }) {
			HttpResponse<String> response = send(get(path));
			assertThat(response.statusCode()).as(path).isBetween(400, 404);
			assertThat(response.body()).as(path)
				.doesNotContain("href=\"//")
				.doesNotContain("href=\"/\\")
				.contains("?lang=en\"");
		}
		assertThat(LayoutModelAdvice.sameSite("//evil.example/login?lang=en")).isEqualTo("/evil.example/login?lang=en");
		assertThat(LayoutModelAdvice.sameSite("/\\evil.example")).isEqualTo("/evil.example");
	}

	@Test
	void aLongQueryStringStillGetsTheWholeSignInForm() throws Exception {
		HttpResponse<String> response = send(get("/login?x=" + "a".repeat(7_000)));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("name=\"_csrf\"", "name=\"password\"", "</html>");
		// The token's cookie is set too (before the page began to be sent).
		assertThat(response.headers().allValues("Set-Cookie")).anyMatch((cookie) -> cookie.startsWith("XSRF-TOKEN="));
	}

}
