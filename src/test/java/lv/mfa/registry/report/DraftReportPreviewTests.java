package lv.mfa.registry.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.dataset.DatasetImporter;
import lv.mfa.registry.dataset.DatasetImporter.NamedInput;
import lv.mfa.registry.shared.text.ApproximateDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Coordinators open every report of a presidency not yet published, with its draft
 * records, and every page says it is a draft (HTML, each PDF page, the DOCX header); the
 * public still gets 404 for the presidency, and a published presidency's report carries
 * no mark.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class DraftReportPreviewTests {

	private static final String SLUG = "cbss-2040-2041";

	private static final String BASE = "/admin/presidencies/" + SLUG + "/";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DatasetImporter importer;

	@BeforeEach
	void draftPresidency() throws Exception {
		String yaml = """
				presidencies:
				  - slug: %s
				    organisation: CBSS
				    country: LV
				    ordinal: 5
				    start: 2040-07-01
				    end: 2041-06-30
				    coordinator: MFA
				    status: draft
				    introduction: {lv: Ievads melnrakstā, en: Introduction in draft}
				    priorities:
				      - number: 1
				        title: {lv: Melnraksta prioritāte, en: Draft priority}
				        tasks:
				          - title: {lv: Uzdevums, en: Task}
				            progress:
				              - date: 2040-09-01
				                kind: done
				                text: {lv: Paveikts darbs, en: Work done}
				events:
				  - key: draft-preview-event
				    presidency: %s
				    start: 2040-09-10
				    end: 2040-09-10
				    city: {lv: Rīga, en: Riga}
				    country: LV
				    type: meeting
				    status: held
				    publication: draft
				    title: {lv: Nepublicēta sanāksme, en: Unpublished meeting}
				    results: {lv: Rezultāti, en: Results}
				    priority: 1
				""".formatted(SLUG, SLUG);
		this.importer.importInputs(List
			.of(new NamedInput("draft.yaml", () -> new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))));
	}

	@AfterEach
	void deleteDraftPresidency() {
		this.jdbc.update("delete from event where key = 'draft-preview-event'");
		this.jdbc.update("delete from presidency where slug = ?", SLUG);
	}

	@Test
	void everyReportOfADraftIsMarkedOnEveryPageAndTheDraftStaysPrivate() throws Exception {
		this.mvc.perform(get(BASE + "report").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Melnraksts – prezidentūra nav publicēta")));
		this.mvc.perform(get(BASE + "progress-report").param("lang", "en").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Draft – the presidency is not published")));
		for (String report : List.of("report", "progress-report")) {
			for (String language : List.of("lv", "en")) {
				String mark = "lv".equals(language) ? "MELNRAKSTS" : "DRAFT";
				String html = new String(download(report, "html", language), StandardCharsets.UTF_8);
				assertThat(html).contains("class=\"report-draft\"").contains("content: \"" + mark + "\"");
				try (PDDocument pdf = Loader.loadPDF(download(report, "pdf", language))) {
					PDFTextStripper stripper = new PDFTextStripper();
					for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
						stripper.setStartPage(page);
						stripper.setEndPage(page);
						assertThat(stripper.getText(pdf)).as(report + " " + language + " page " + page).contains(mark);
					}
				}
				try (XWPFDocument docx = new XWPFDocument(
						new ByteArrayInputStream(download(report, "docx", language)))) {
					assertThat(docx.getHeaderList()).extracting(XWPFHeader::getText)
						.anySatisfy((text) -> assertThat(text).contains(mark));
				}
			}
		}
		String informative = new String(download("report", "html", "en"), StandardCharsets.UTF_8);
		assertThat(informative).contains("Unpublished meeting");
		this.mvc.perform(get("/en/presidencies/" + SLUG)).andExpect(status().isNotFound());
		this.mvc.perform(get(BASE + "report.pdf").param("lang", "lv").with(user("editor").roles("EDITOR")))
			.andExpect(status().isForbidden());
	}

	/**
	 * The preview of a draft presidency lists draft tasks and entries too, each marked;
	 * the published ones carry no mark.
	 */
	@Test
	void thePreviewShowsDraftEntriesAndTasksMarked() throws Exception {
		long taskId = this.jdbc
			.queryForObject("select t.id from priority_task t join priority p on p.id = t.priority_id"
					+ " join presidency s on s.id = p.presidency_id where s.slug = ?", Long.class, SLUG);
		// A row as a plain save leaves it: a draft by the column's default.
		this.jdbc.update("insert into task_progress (task_id, entry_date, entry_end, date_precision, position, kind,"
				+ " text_lv, text_en) values (?, date '2040-10-01', date '2040-10-01', 'DAY', 1, 'PLANNED',"
				+ " 'Melnraksta ieraksts', 'Draft entry')", taskId);
		Locale latvian = Locale.forLanguageTag("lv");
		String draftDay = ApproximateDate.day(LocalDate.of(2040, 10, 1)).compact(latvian);
		String publishedDay = ApproximateDate.day(LocalDate.of(2040, 9, 1)).compact(latvian);
		String html = new String(download("progress-report", "html", "lv"), StandardCharsets.UTF_8);
		assertThat(html).contains("[Melnraksts] " + draftDay + " – plānots:")
			.contains("Melnraksta ieraksts")
			.contains(publishedDay + " – paveikts:")
			.doesNotContain("[Melnraksts] " + publishedDay)
			.doesNotContain("<strong class=\"draft-mark\">");
		try (XWPFDocument docx = new XWPFDocument(
				new ByteArrayInputStream(download("progress-report", "docx", "en")))) {
			String text = new XWPFWordExtractor(docx).getText();
			assertThat(text)
				.contains("[Draft] " + ApproximateDate.day(LocalDate.of(2040, 10, 1)).compact(Locale.ENGLISH)
						+ " – planned:")
				.contains("Draft entry")
				.contains("Work done");
		}

		this.jdbc.update("update priority_task set publication = 'DRAFT' where id = ?", taskId);
		html = new String(download("progress-report", "html", "en"), StandardCharsets.UTF_8);
		assertThat(html).contains("<strong class=\"draft-mark\">[Draft]</strong>").contains("Work done");
	}

	@Test
	void aPublishedPresidencysReportCarriesNoMark() throws Exception {
		this.mvc.perform(get("/admin/presidencies/cbss-2018-2019/report.html").param("lang", "lv").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("report-draft")), not(containsString("MELNRAKSTS")))));
	}

	private byte[] download(String report, String format, String language) throws Exception {
		return this.mvc.perform(get(BASE + report + "." + format).param("lang", language).with(coordinator()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor coordinator() {
		return user("coordinator").roles("COORDINATOR");
	}

}
