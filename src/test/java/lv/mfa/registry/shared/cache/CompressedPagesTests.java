package lv.mfa.registry.shared.cache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import lv.mfa.registry.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP (the container's own compression included): a browser taking gzip and a
 * client that does not get the same page, first rendered or from the page cache, with one
 * ETag; the kept gzip bytes are sent as they are, never compressed twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class CompressedPagesTests {

	private static final String TIMELINE = "/presidencies/cbss-2018-2019/timeline?page=";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<byte[]> send(String path, String acceptEncoding, String ifNoneMatch) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html");
		if (acceptEncoding != null) {
			request.header("Accept-Encoding", acceptEncoding);
		}
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The page as the client reads it: inflated once when the response says gzip. */
	private static String decoded(HttpResponse<byte[]> response) {
		if (response.headers().firstValue("Content-Encoding").filter("gzip"::equals).isEmpty()) {
			return new String(response.body(), StandardCharsets.UTF_8);
		}
		try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
			return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void gzipAndPlainClientsGetTheSamePageRenderedOrCached() throws Exception {
		// Page 2 first asked with gzip (rendered, then kept), page 3 first without.
		for (String first : new String[] { "gzip, deflate, br", null }) {
			String path = TIMELINE + ((first != null) ? 2 : 3);
			String second = (first != null) ? null : "gzip";
			HttpResponse<byte[]> rendered = send(path, first, null);
			HttpResponse<byte[]> cached = send(path, second, null);
			HttpResponse<byte[]> cachedAgain = send(path, first, null);
			for (HttpResponse<byte[]> response : List.of(rendered, cached, cachedAgain)) {
				boolean gzip = response.request().headers().firstValue("Accept-Encoding").isPresent();
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.headers().firstValue("Content-Encoding")).as(path)
					.isEqualTo(gzip ? Optional.of("gzip") : Optional.empty());
				assertThat(response.headers().allValues("Vary"))
					.anySatisfy((vary) -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
				assertThat(response.headers().firstValue("ETag"))
					.hasValueSatisfying((etag) -> assertThat(etag).startsWith("W/\""));
			}
			String page = decoded(rendered);
			assertThat(page).contains("<html lang=\"lv\"").contains("</html>");
			assertThat(decoded(cached)).isEqualTo(page);
			assertThat(decoded(cachedAgain)).isEqualTo(page);
			String etag = rendered.headers().firstValue("ETag").orElseThrow();
			assertThat(cached.headers().firstValue("ETag")).hasValue(etag);
			assertThat(send(path, "gzip", etag).statusCode()).isEqualTo(304);
			assertThat(send(path, null, etag).statusCode()).isEqualTo(304);
		}
	}

	@Test
	void theKeptBytesAreAFractionOfThePage() throws Exception {
		HttpResponse<byte[]> compressed = send(TIMELINE + 4, "gzip", null);
		HttpResponse<byte[]> plain = send(TIMELINE + 4, null, null);
		assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(decoded(compressed)).isEqualTo(decoded(plain));
		assertThat(compressed.body().length).isPositive().isLessThan(plain.body().length / 4);
	}

}
