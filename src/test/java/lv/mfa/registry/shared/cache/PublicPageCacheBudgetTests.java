package lv.mfa.registry.shared.cache;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.shared.cache.PublicPageCache.RenderedPage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public page cache keeps rendered bytes within its budget however many pages
 * visitors ask for, and its default budget is a share of the heap.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class PublicPageCacheBudgetTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicPageCache cache;

	@Test
	void pagesPastTheBudgetAreEvictedByWeight() {
		long budget = 200_000;
		PublicPageCache small = new PublicPageCache(0.1, budget);
		Random random = new Random(10);
		for (int i = 0; i < 200; i++) {
			// Random bytes do not compress: each page weighs its 10 kB.
			byte[] body = new byte[10_000];
			random.nextBytes(body);
			small.put("lv /presidencies/p/timeline?page=" + i, small.generation(), RenderedPage.of(body, "text/html"));
		}
		// 200 pages of 10 kB are 2 MB, ten times the budget.
		assertThat(small.weightedSize()).isPositive().isLessThanOrEqualTo(budget);
		assertThat(small.size()).isBetween(10L, 20L);
	}

	@Test
	void theDefaultBudgetIsATenthOfTheHeap() {
		assertThat(this.cache.maximumBytes()).isEqualTo((long) (Runtime.getRuntime().maxMemory() * 0.1));
	}

	@Test
	void renderedPagesAreKeptAndAnsweredAgain() throws Exception {
		String html = this.mvc.perform(get("/presidencies/cbss-2018-2019/timeline").param("page", "2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(this.cache.size()).isEqualTo(1);
		assertThat(this.cache.weightedSize()).as("kept gzip-compressed")
			.isPositive()
			.isLessThan(html.getBytes(StandardCharsets.UTF_8).length / 4);
		this.mvc.perform(get("/presidencies/cbss-2018-2019/timeline").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/html;charset=UTF-8"))
			.andExpect(content().string(html));
		this.mvc.perform(get("/en/presidencies/cbss-2018-2019/timeline").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\">")));
		assertThat(this.cache.size()).as("one page per language").isEqualTo(2);
	}

	@Test
	void eachQueryHasAPageOfItsOwn() throws Exception {
		this.mvc.perform(get("/en/search").param("q", "trafficking"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>trafficking</mark>")));
		this.mvc.perform(get("/en/search").param("q", "riga"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<mark>Riga</mark>"), not(containsString("<mark>trafficking</mark>")))));
		this.mvc.perform(get("/en/search?q=riga"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>Riga</mark>")));
		assertThat(this.cache.size()).as("parameters in any order share a page").isEqualTo(2);
	}

	@Test
	void aRaceWithACommitKeepsNothing() {
		long before = this.cache.generation();
		this.cache.evictAll();
		this.cache.put("lv /search?q=x", before, RenderedPage.of(new byte[10], "text/html"));
		assertThat(this.cache.get("lv /search?q=x")).isNull();
	}

	@Test
	void staffAreNeverAnsweredFromTheCacheNorKept() throws Exception {
		String page = "/presidencies/cbss-2018-2019/timeline?page=3";
		this.mvc.perform(get(page).header(HttpHeaders.ACCEPT_ENCODING, "gzip"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_ENCODING, "gzip"));
		assertThat(this.cache.size()).isEqualTo(1);
		this.mvc
			.perform(get(page).header(HttpHeaders.ACCEPT_ENCODING, "gzip").with(user("cache-editor").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(HttpHeaders.CONTENT_ENCODING))
			.andExpect(content().string(containsString("cache-editor")));
		assertThat(this.cache.size()).as("the staff page is not kept").isEqualTo(1);
		assertThat(new String(this.cache.get("lv " + page).body(), StandardCharsets.UTF_8)).contains("<html")
			.doesNotContain("cache-editor");
	}

}
