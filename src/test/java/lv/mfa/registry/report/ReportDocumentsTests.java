package lv.mfa.registry.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.shared.text.DateTexts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The informative report of the demo presidency as PDF and DOCX carries the seed's
 * content: every published event row with its date and place, title and results (read
 * from the database, not written here), the priority sections, the title with the period
 * in the right grammatical forms, and every Latvian letter intact.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@WithMockUser(roles = "COORDINATOR")
class ReportDocumentsTests {

	private static final String REPORT = "/admin/presidencies/cbss-2018-2019/report";

	private static final String LATVIAN_LETTERS = "āčēģīķļņšūž";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DateTexts dateTexts;

	/** A published event row as the report's table must show it. */
	record Row(String dateAndPlace, String title, String results) {

	}

	private List<Row> expectedRows(String language) {
		return this.jdbc.query(
				"select e.start_date, e.end_date, e.city_" + language + " as city, e.title_" + language
						+ " as title, e.results_" + language
						+ " as results from event e join presidency p on p.id = e.presidency_id"
						+ " where p.slug = 'cbss-2018-2019' and e.publication = 'PUBLISHED' and e.status <> 'CANCELLED'"
						+ " order by e.start_date, e.end_date, e.id",
				(rs, i) -> new Row(
						this.dateTexts.compact(rs.getObject("start_date", LocalDate.class),
								rs.getObject("end_date", LocalDate.class)) + ", " + rs.getString("city"),
						rs.getString("title"), rs.getString("results")));
	}

	private List<String> priorityTitles(String language) {
		return this.jdbc.queryForList("select title_" + language + " from priority r join presidency p"
				+ " on p.id = r.presidency_id where p.slug = 'cbss-2018-2019' order by r.number", String.class);
	}

	private byte[] download(String format, String language) throws Exception {
		return this.mvc.perform(get(REPORT + "." + format).param("lang", language))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/** Text extraction re-wraps lines: compare without any whitespace. */
	private static String squeeze(String text) {
		return text.replaceAll("\\s+", "");
	}

	private static String pdfText(PDDocument pdf) throws IOException {
		return new PDFTextStripper().getText(pdf);
	}

	private static String docxText(byte[] docx) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	private void assertCarriesTheReport(String text, String language) {
		String squeezed = squeeze(text);
		List<Row> rows = expectedRows(language);
		assertThat(rows).as("the demo presidency's published events").hasSize(47);
		List<String> missing = new ArrayList<>();
		int previous = -1;
		for (Row row : rows) {
			for (String cell : List.of(row.dateAndPlace(), row.title(), row.results())) {
				if (!squeezed.contains(squeeze(cell))) {
					missing.add(cell);
				}
			}
			// The table is the last section, in date order.
			int at = squeezed.indexOf(squeeze(row.dateAndPlace() + row.title() + row.results()));
			assertThat(at).as("row %s in one piece after the previous one", row.dateAndPlace()).isGreaterThan(previous);
			previous = at;
		}
		assertThat(missing).as("cells missing from the document").isEmpty();
		for (String title : priorityTitles(language)) {
			assertThat(squeezed).contains(squeeze(title));
		}
		assertThat(text).doesNotContain("\uFFFD");
	}

	@Test
	void latvianPdfCarriesEveryEventThePrioritiesAndTheTitle() throws Exception {
		byte[] bytes = download("pdf", "lv");
		// Kept for a look (and the README's picture of the first page).
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/reports"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/reports/cbss-2018-2019-report-lv.pdf"), bytes);
		assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			String text = pdfText(pdf);
			assertCarriesTheReport(text, "lv");
			String squeezed = squeeze(text);
			assertThat(squeezed).contains(squeeze("Informatīvais ziņojums “Par īstenotajiem pasākumiem un sasniegtajiem"
					+ " rezultātiem Latvijas prezidentūrā Baltijas jūras valstu padomē (BJVP)"
					+ " no 2018. gada 1. jūlija līdz 2019. gada 30. jūnijam”"));
			assertThat(squeezed).contains(squeeze("1. BJVP vecāko amatpersonu komiteja"))
				.contains(squeeze("2. Prioritārais virziens – “Sabiedrības drošība”"))
				.contains(squeeze("5. Citi prezidentūras darba virzieni"))
				.contains(squeeze("6. Latvijas prezidentūras BJVP ietvaros īstenotie pasākumi"))
				.contains(squeeze("Laiks, norises vieta"))
				.contains(squeeze("Pasākuma nosaukums"))
				.contains(squeeze("Paveiktais un ieguvumi"))
				.contains("26.06.2018,Rīga", "18.-20.08.2018,Mariehamna");
			for (char letter : LATVIAN_LETTERS.toCharArray()) {
				assertThat(text).as("letter %s", letter).contains(String.valueOf(letter));
			}
			assertThat(countOf(text, '?')).as("no glyph replaced by a question mark")
				.isLessThanOrEqualTo(questionMarksInTheData("lv"));

			assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Informatīvais ziņojums “Par īstenotajiem")
				.endsWith("no 2018. gada 1. jūlija līdz 2019. gada 30. jūnijam”");
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("lv");
			assertThat(pdf.getNumberOfPages()).isGreaterThan(5);
			PDPage first = pdf.getPage(0);
			assertThat(first.getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
			assertThat(first.getMediaBox().getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
			assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
			List<PDFont> fonts = fonts(pdf);
			assertThat(fonts).isNotEmpty()
				.allSatisfy((font) -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
			assertThat(fonts).extracting(PDFont::getName).allMatch((name) -> name.contains("DejaVuSans"));
			// Page numbers "n / total" at the foot of every page.
			int pages = pdf.getNumberOfPages();
			assertThat(squeezed).contains("1/" + pages).contains(pages + "/" + pages);
		}
	}

	@Test
	void englishPdfHasTheSameStructureAndEveryEvent() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(download("pdf", "en"))) {
			String text = pdfText(pdf);
			assertCarriesTheReport(text, "en");
			assertThat(squeeze(text))
				.contains(squeeze("Informative report “On the measures implemented and the results"
						+ " achieved during Latvia’s presidency of the Council of the Baltic Sea States (CBSS)"
						+ " from 1 July 2018 to 30 June 2019”"))
				.contains(squeeze("1. CBSS Committee of Senior Officials"))
				.contains(squeeze("2. Priority direction – “Societal security”"))
				.contains(squeeze("5. Other directions of the presidency’s work"))
				.contains(squeeze("6. Events held during Latvia’s CBSS presidency"))
				.contains(squeeze("Date, place"))
				.contains(squeeze("Results and benefits"))
				.contains("18.-20.08.2018,Mariehamn");
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
		}
	}

	@Test
	void latvianDocxHasWordHeadingsARepeatedTableHeaderAndEveryEvent() throws Exception {
		byte[] bytes = download("docx", "lv");
		String text = docxText(bytes);
		assertCarriesTheReport(text, "lv");
		for (char letter : LATVIAN_LETTERS.toCharArray()) {
			assertThat(text).as("letter %s", letter).contains(String.valueOf(letter));
		}
		assertThat(countOf(text, '?')).isLessThanOrEqualTo(questionMarksInTheData("lv"));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			List<String> headings = document.getParagraphs()
				.stream()
				.filter((paragraph) -> "Heading1".equals(paragraph.getStyle()))
				.map(XWPFParagraph::getText)
				.toList();
			assertThat(headings).containsExactly("1. BJVP vecāko amatpersonu komiteja",
					"2. Prioritārais virziens – “Sabiedrības drošība”",
					"3. Prioritārais virziens – “Ilgtspējīga attīstība, teritoriālā attīstība, klimata pārmaiņas”",
					"4. Prioritārais virziens – “Kultūras mantojums”", "5. Citi prezidentūras darba virzieni",
					"6. Latvijas prezidentūras BJVP ietvaros īstenotie pasākumi");
			assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
			assertThat(document.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
			XWPFTable table = document.getTables().get(document.getTables().size() - 1);
			assertThat(table.getRow(0).isRepeatHeader()).isTrue();
			assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("Laiks, norises vieta");
			assertThat(table.getRows()).hasSize(48);
			assertThat(table.getRow(1).getCell(0).getText()).isEqualTo(expectedRows("lv").get(0).dateAndPlace());
			var pageSize = document.getDocument().getBody().getSectPr().getPgSz();
			assertThat(pageSize.getW()).as("A4 width in twips").hasToString("11906");
			assertThat(pageSize.getH()).as("A4 height in twips").hasToString("16838");
			assertThat(document.getFooterList()).isNotEmpty();
			assertThat(document.getProperties().getCoreProperties().getTitle())
				.startsWith("Informatīvais ziņojums “Par īstenotajiem")
				.endsWith("no 2018. gada 1. jūlija līdz 2019. gada 30. jūnijam”");
		}
	}

	@Test
	void englishDocxHasEveryEvent() throws Exception {
		String text = docxText(download("docx", "en"));
		assertCarriesTheReport(text, "en");
		assertThat(text).contains("6. Events held during Latvia’s CBSS presidency");
	}

	@Test
	void draftEventsStayOutOfTheReport() throws Exception {
		String title = "Melnraksta pasākums, ko ziņojumā nedrīkst redzēt";
		Long presidencyId = this.jdbc.queryForObject("select id from presidency where slug = 'cbss-2018-2019'",
				Long.class);
		this.jdbc
			.update("insert into event (key, presidency_id, start_date, end_date, type, status, title_lv, title_en,"
					+ " results_lv, publication) values ('report-draft-probe', ?, date '2018-10-10', date '2018-10-10',"
					+ " 'MEETING', 'HELD', ?, 'Draft probe', 'Nekas', 'DRAFT')", presidencyId, title);
		try {
			String pdf;
			try (PDDocument document = Loader.loadPDF(download("pdf", "lv"))) {
				pdf = squeeze(pdfText(document));
			}
			assertThat(pdf).doesNotContain(squeeze(title)).contains(squeeze(expectedRows("lv").get(0).title()));
			assertThat(squeeze(docxText(download("docx", "lv")))).doesNotContain(squeeze(title));
		}
		finally {
			this.jdbc.update("delete from event where key = 'report-draft-probe'");
		}
	}

	@Test
	void aRangeNarrowsTheEventsAndTheTitle() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(this.mvc
			.perform(get(REPORT + ".pdf").param("lang", "lv").param("from", "2018-10-01").param("to", "2018-12-31"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray())) {
			String text = squeeze(pdfText(pdf));
			assertThat(text).contains(squeeze("no 2018. gada 1. oktobra līdz 2018. gada 31. decembrim"));
			for (Row row : expectedRows("lv")) {
				boolean inRange = row.dateAndPlace().matches(".*\\.1[0-2]\\.2018,.*");
				assertThat(text.contains(squeeze(row.dateAndPlace() + row.title()))).as(row.dateAndPlace())
					.isEqualTo(inRange);
			}
		}
	}

	private static List<PDFont> fonts(PDDocument pdf) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : pdf.getPages()) {
			PDResources resources = page.getResources();
			for (COSName name : resources.getFontNames()) {
				fonts.add(resources.getFont(name));
			}
		}
		return fonts;
	}

	private static long countOf(String text, char c) {
		return text.chars().filter((ch) -> ch == c).count();
	}

	/** Question marks the report's texts really hold: any more would be lost glyphs. */
	private long questionMarksInTheData(String language) {
		String all = String.join("",
				this.jdbc.queryForList("select coalesce(e.title_" + language + ", '') || coalesce(e.results_" + language
						+ ", '') from event e", String.class))
				+ String.join("", this.jdbc.queryForList(
						"select coalesce(introduction_" + language + ", '') || coalesce(committee_narrative_" + language
								+ ", '') || coalesce(other_directions_" + language + ", '') from presidency",
						String.class))
				+ String.join("", this.jdbc.queryForList("select coalesce(narrative_" + language
						+ ", '') || coalesce(title_" + language + ", '') from priority", String.class));
		return countOf(all.toLowerCase(Locale.ROOT), '?');
	}

}
