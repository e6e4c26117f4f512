package lv.mfa.registry.report;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

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
 * Every report PDF, read back as a third-party reader would: veraPDF finds it PDF/UA-1
 * compliant, its text layer holds no ligature characters (so copying and searching work),
 * every numbered section has a bookmark, the narratives' lists are tagged L / LI, and no
 * page ends with a heading or a table's header.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@WithMockUser(roles = "COORDINATOR")
class ReportPdfTests {

	private static final String PRESIDENCY = "/admin/presidencies/cbss-2018-2019/";

	private static final Pattern H2 = Pattern.compile("<h2[^>]*>([^<]*)</h2>");

	private static final Pattern TABLE_HEADER = Pattern.compile("<thead>(.*?)</thead>", Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void veraPdf() {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private byte[] download(String report, String format, String language) throws Exception {
		return this.mvc.perform(get(PRESIDENCY + report + "." + format).param("lang", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	@ParameterizedTest
	@CsvSource({ "report, lv", "report, en", "progress-report, lv", "progress-report, en" })
	void readersFindWhatTheReportSays(String report, String language) throws Exception {
		byte[] pdf = download(report, "pdf", language);
		String html = new String(download(report, "html", language), java.nio.charset.StandardCharsets.UTF_8);
		List<String> headings = new ArrayList<>();
		Matcher matcher = H2.matcher(html);
		while (matcher.find()) {
			headings.add(unescape(matcher.group(1)));
		}
		assertThat(headings).isNotEmpty();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text.codePoints().filter((c) -> c >= 0xFB00 && c <= 0xFB06).count())
				.as("ligature code points in the text layer")
				.isZero();
			assertThat(text).as("words with fi, ff, fl, written as letters").contains("fi");
			if (report.equals("report")) {
				assertThat(text).contains(language.equals("lv") ? "identificēšanai" : "Officials");
			}

			List<String> bookmarks = new ArrayList<>();
			for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
				bookmarks.add(item.getTitle());
			}
			assertThat(bookmarks).as("a bookmark for every numbered section").isEqualTo(headings);

			if (report.equals("report")) {
				List<String> tags = new ArrayList<>();
				collectTags(document.getDocumentCatalog().getStructureTreeRoot(), tags);
				assertThat(tags).as("lists tagged as lists").contains("L", "LI", "LBody");
			}

			String header = squeeze(unescape(
					TABLE_HEADER.matcher(html).results().findFirst().orElseThrow().group(1).replaceAll("<[^>]+>", "")));
			for (int page = 1; page < document.getNumberOfPages(); page++) {
				String foot = lastLines(document, page);
				for (String heading : headings) {
					assertThat(foot).as("page %d ends with a heading", page).doesNotEndWith(squeeze(heading));
				}
				assertThat(foot).as("page %d ends with a table's header", page).doesNotEndWith(header);
			}
		}

		List<String> failures = new ArrayList<>();
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
			ValidationResult result = validator.validate(parser);
			for (TestAssertion assertion : result.getTestAssertions()) {
				if (assertion.getStatus() == TestAssertion.Status.FAILED) {
					failures.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
							+ assertion.getMessage());
				}
			}
			assertThat(failures).as("veraPDF PDF/UA-1 failures").isEmpty();
			assertThat(result.isCompliant()).isTrue();
		}
	}

	/** A page's text without its number, squeezed, the last 300 characters. */
	private static String lastLines(PDDocument document, int page) throws Exception {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		String text = stripper.getText(document).replaceAll("(?m)^\\s*\\d+ / \\d+\\s*$", "");
		String squeezed = squeeze(text);
		return squeezed.substring(Math.max(0, squeezed.length() - 300));
	}

	private static void collectTags(PDStructureNode node, List<String> tags) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				tags.add(element.getStructureType());
				collectTags(element, tags);
			}
		}
	}

	private static String squeeze(String text) {
		return text.replaceAll("\\s+", "");
	}

	private static String unescape(String html) {
		return html.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&");
	}

}
