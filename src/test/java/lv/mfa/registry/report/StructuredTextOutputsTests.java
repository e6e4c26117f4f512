package lv.mfa.registry.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo data's lists and sub-headings (the "Sabiedrības drošība" narrative) come out
 * as such on the public priority page, in the report's HTML and in its DOCX, not as one
 * run-on paragraph.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class StructuredTextOutputsTests {

	private static final String ITEM = "sadarbības stiprināšana civilās aizsardzības jomā";

	private static final String SUB_HEADING = "Civilā aizsardzība";

	@Autowired
	MockMvc mvc;

	private byte[] get200(String url) throws Exception {
		// Public pages take their language from the address, staff pages from ?lang.
		return this.mvc.perform(url.startsWith("/admin") ? get(url).param("lang", "lv") : get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	@Test
	void thePublicPriorityPageShowsTheListAndTheSubHeading() throws Exception {
		String page = new String(get200("/lv/presidencies/cbss-2018-2019/priorities/1"), StandardCharsets.UTF_8);
		assertThat(page).contains("<li>" + ITEM).contains("<h3>" + SUB_HEADING + "</h3>").doesNotContain("; - ");
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void theReportsHtmlAndDocxShowTheListAndTheSubHeading() throws Exception {
		String html = new String(get200("/admin/presidencies/cbss-2018-2019/report.html"), StandardCharsets.UTF_8);
		assertThat(html).contains("<li>" + ITEM).contains("<h3>" + SUB_HEADING + "</h3>");

		try (XWPFDocument docx = new XWPFDocument(
				new ByteArrayInputStream(get200("/admin/presidencies/cbss-2018-2019/report.docx")))) {
			List<XWPFParagraph> items = docx.getParagraphs()
				.stream()
				.filter((paragraph) -> paragraph.getText().startsWith(ITEM))
				.toList();
			assertThat(items).isNotEmpty().allSatisfy((item) -> {
				assertThat(item.getStyle()).isEqualTo("ListBullet");
				assertThat(item.getNumID()).as("a numbered (bulleted) paragraph").isNotNull();
				assertThat(docx.getNumbering().getNum(item.getNumID())).isNotNull();
			});
			assertThat(docx.getParagraphs()).filteredOn((paragraph) -> paragraph.getText().equals(SUB_HEADING))
				.extracting(XWPFParagraph::getStyle)
				.containsExactly("Heading2");
		}
	}

}
