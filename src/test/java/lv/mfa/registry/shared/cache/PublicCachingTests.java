package lv.mfa.registry.shared.cache;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Public pages carry an ETag and answer a matching conditional request with 304. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class PublicCachingTests {

	@Autowired
	MockMvc mvc;

	@Test
	void publicPagesAreRevalidatedWithAnEtag() throws Exception {
		for (String path : new String[] { "/presidencies/cbss-2018-2019", "/presidencies/cbss-2018-2019/timeline",
				"/projects" }) {
			String etag = this.mvc.perform(get("/en" + path))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", "private, no-cache"))
				.andReturn()
				.getResponse()
				.getHeader("ETag");
			assertThat(etag).as(path).isNotBlank();
			this.mvc.perform(get("/en" + path).header("If-None-Match", etag)).andExpect(status().isNotModified());
		}
	}

}
