package lv.mfa.registry.report;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The half-year progress report: per priority its goal, then a two-column table of its
 * tasks and their dated done / planned entries, for the range asked.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@WithMockUser(roles = "COORDINATOR")
class ProgressReportTests {

	private static final String REPORT = "/admin/presidencies/cbss-2018-2019/progress-report";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DateTexts dateTexts;

	record Entry(LocalDate date, boolean done, String task, String line) {

		boolean inPresidency() {
			return !this.date.isBefore(LocalDate.of(2018, 7, 1)) && !this.date.isAfter(LocalDate.of(2019, 6, 30));
		}

	}

	private List<Entry> entries(String language) {
		String done = "lv".equals(language) ? " – paveikts: " : " – done: ";
		String planned = "lv".equals(language) ? " – plānots: " : " – planned: ";
		return this.jdbc.query("select g.entry_date, g.kind, g.text_" + language + " as text, t.title_" + language
				+ " as task from task_progress g join priority_task t on t.id = g.task_id"
				+ " join priority r on r.id = t.priority_id join presidency p on p.id = r.presidency_id"
				+ " where p.slug = 'cbss-2018-2019' order by g.entry_date, g.id", (rs, i) -> {
					LocalDate date = rs.getObject("entry_date", LocalDate.class);
					boolean isDone = "DONE".equals(rs.getString("kind"));
					String kind = isDone ? done : planned;
					return new Entry(date, isDone, rs.getString("task"),
							this.dateTexts.compact(date, date) + kind + rs.getString("text"));
				});
	}

	private List<String> column(String column) {
		return this.jdbc.queryForList("select " + column + " from priority r join presidency p"
				+ " on p.id = r.presidency_id where p.slug = 'cbss-2018-2019' order by r.number", String.class);
	}

	private byte[] download(String format, String language, String... range) throws Exception {
		var request = get(REPORT + "." + format).param("lang", language);
		if (range.length == 2) {
			request = request.param("from", range[0]).param("to", range[1]);
		}
		if (range.length == 1) {
			request = request.param("asOf", range[0]);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private static String squeeze(String text) {
		return text.replaceAll("\\s+", "");
	}

	@Test
	void latvianPdfHasEveryGoalTaskAndEntry() throws Exception {
		String text;
		byte[] bytes = download("pdf", "lv");
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/reports"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/reports/cbss-2018-2019-progress-report-lv.pdf"), bytes);
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			text = squeeze(new PDFTextStripper().getText(pdf));
			// Not "Pusgada" over a whole year: the title names the range shown.
			assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Progresa ziņojums “Par");
		}
		assertThat(text).contains(squeeze("“Par Latvijas prezidentūras BJVP prioritāšu īstenošanu"
				+ " no 2018. gada 1. jūlija līdz 2019. gada 30. jūnijam”"));
		for (String goal : column("goal_lv")) {
			assertThat(text).contains(squeeze(goal));
		}
		List<Entry> entries = entries("lv");
		assertThat(entries).isNotEmpty();
		for (Entry entry : entries) {
			assertThat(text.contains(squeeze(entry.line()))).as(entry.line()).isEqualTo(entry.inPresidency());
			assertThat(text).contains(squeeze(entry.task()));
		}
		assertThat(text).contains(squeeze("Uzdevumi")).contains(squeeze("Paveiktais / plānotais"));
	}

	@Test
	void everyFormatPrintsThePresidencysOwnDateAndPlaceLine() throws Exception {
		this.jdbc.update("update presidency set report_date_place = '05.02.2019, Rīga' where slug = 'cbss-2018-2019'");
		try {
			try (PDDocument pdf = Loader.loadPDF(download("pdf", "lv", "2018-12-31"))) {
				assertThat(squeeze(new PDFTextStripper().getText(pdf))).contains("05.02.2019,Rīga");
			}
			try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download("docx", "en")));
					XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
				assertThat(extractor.getText()).contains("05.02.2019, Rīga");
			}
			assertThat(new String(download("html", "lv"), java.nio.charset.StandardCharsets.UTF_8))
				.contains("05.02.2019, Rīga");
		}
		finally {
			this.jdbc.update("update presidency set report_date_place = null where slug = 'cbss-2018-2019'");
		}
	}

	@Test
	void aHalfYearHasOnlyItsEntries() throws Exception {
		String text;
		try (PDDocument pdf = Loader.loadPDF(download("pdf", "en", "2018-07-01", "2018-12-31"))) {
			text = squeeze(new PDFTextStripper().getText(pdf));
		}
		assertThat(text).contains(squeeze("from 1 July 2018 to 31 December 2018"));
		for (Entry entry : entries("en")) {
			boolean inRange = entry.date().getYear() == 2018;
			assertThat(text.contains(squeeze(entry.line()))).as(entry.line()).isEqualTo(inRange);
		}
	}

	@Test
	void englishDocxHasATableOfTasksPerPriority() throws Exception {
		byte[] bytes = download("docx", "en");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = squeeze(extractor.getText());
			for (String goal : column("goal_en")) {
				assertThat(text).contains(squeeze(goal));
			}
			for (Entry entry : entries("en")) {
				assertThat(text).contains(squeeze(entry.task()));
				assertThat(text.contains(squeeze(entry.line()))).as(entry.line()).isEqualTo(entry.inPresidency());
			}
			List<XWPFTable> tables = document.getTables();
			assertThat(tables).hasSize(column("number").size());
			assertThat(tables).allSatisfy((table) -> {
				assertThat(table.getRow(0).isRepeatHeader()).isTrue();
				assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("Tasks");
				assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("Done / planned");
			});
		}
	}

	@Test
	void asOfADayDoneEntriesUpToItAndPlannedOnesAfterIt() throws Exception {
		LocalDate asOf = LocalDate.of(2018, 12, 31);
		String text;
		try (PDDocument pdf = Loader.loadPDF(download("pdf", "lv", asOf.toString()))) {
			text = squeeze(new PDFTextStripper().getText(pdf));
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Pusgada progresa ziņojums “Latvijas"
					+ " prezidentūras BJVP prioritāšu īstenošana: 1. pusgadā paveiktais un plānotie darbi 2. pusgadā”");
		}
		assertThat(text).contains(squeeze("Latvijas prezidentūra BJVP no 2018. gada 1. jūlija līdz 2019. gada"
				+ " 30. jūnijam; stāvoklis 2018. gada 31. decembrī"));
		List<Entry> entries = entries("lv");
		assertThat(entries).anyMatch((entry) -> entry.done() && !entry.date().isAfter(asOf))
			.anyMatch((entry) -> !entry.done() && entry.date().isAfter(asOf))
			.anyMatch((entry) -> entry.done() && entry.date().isAfter(asOf));
		for (Entry entry : entries) {
			boolean shown = entry.inPresidency() && (entry.done() != entry.date().isAfter(asOf));
			assertThat(text.contains(squeeze(entry.line()))).as(entry.line()).isEqualTo(shown);
		}

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download("docx", "en", "2018-12-31")));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String docx = extractor.getText();
			assertThat(docx).contains("Half-year progress report")
				.contains("“Implementation of the priorities of Latvia’s CBSS presidency: achieved in the first half"
						+ " and planned for the second half”")
				.contains("Latvia’s CBSS presidency from 1 July 2018 to 30 June 2019; as of 31 December 2018");
			for (Entry entry : entries("en")) {
				boolean shown = entry.inPresidency() && (entry.done() != entry.date().isAfter(asOf));
				assertThat(squeeze(docx).contains(squeeze(entry.line()))).as(entry.line()).isEqualTo(shown);
			}
		}
	}

	@Test
	void anAsOfDayOutsideThePeriodIsRefusedInTheCoordinatorsLanguage() throws Exception {
		String page = this.mvc.perform(get(REPORT + ".pdf").param("lang", "en").param("asOf", "2020-01-01"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).containsAnyOf("The day “2020-01-01” is not within the report’s period",
				"Diena “2020-01-01” nav ziņojuma periodā");
	}

}
