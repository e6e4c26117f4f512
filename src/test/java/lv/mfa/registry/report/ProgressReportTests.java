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
import lv.mfa.registry.shared.text.ApproximateDate;

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

	/**
	 * An entry as stored; its date judged by the span it covers, undated in every period.
	 */
	record Entry(ApproximateDate when, boolean done, String task, String line) {

		boolean inPresidency() {
			return meets(LocalDate.of(2018, 7, 1), LocalDate.of(2019, 6, 30));
		}

		boolean meets(LocalDate from, LocalDate to) {
			return this.when.isUndated() || (!this.when.end().isBefore(from) && !this.when.start().isAfter(to));
		}

		/**
		 * In a report split at the day: done if begun by then, planned if it ends after
		 * it.
		 */
		boolean shownAsOf(LocalDate asOf) {
			if (!inPresidency()) {
				return false;
			}
			if (this.when.isUndated()) {
				return true;
			}
			return this.done ? !this.when.start().isAfter(asOf) : this.when.end().isAfter(asOf);
		}

	}

	private List<Entry> entries(String language) {
		String done = "lv".equals(language) ? " – paveikts: " : " – done: ";
		String planned = "lv".equals(language) ? " – plānots: " : " – planned: ";
		Locale locale = Locale.forLanguageTag(language);
		return this.jdbc.query(
				"select g.entry_date, g.entry_end, g.date_precision, g.kind, g.text_" + language + " as text, t.title_"
						+ language + " as task from task_progress g join priority_task t on t.id = g.task_id"
						+ " join priority r on r.id = t.priority_id join presidency p on p.id = r.presidency_id"
						+ " where p.slug = 'cbss-2018-2019' order by g.entry_date, g.id",
				(rs, i) -> {
					ApproximateDate when = ApproximateDate.of(rs.getObject("entry_date", LocalDate.class),
							rs.getObject("entry_end", LocalDate.class),
							ApproximateDate.Precision.valueOf(rs.getString("date_precision")));
					boolean isDone = "DONE".equals(rs.getString("kind"));
					String kind = isDone ? done : planned;
					return new Entry(when, isDone, rs.getString("task"),
							when.compact(locale) + kind + rs.getString("text"));
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
			boolean inRange = entry.meets(LocalDate.of(2018, 7, 1), LocalDate.of(2018, 12, 31));
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
		assertThat(entries).anyMatch((entry) -> entry.shownAsOf(asOf) && entry.done())
			.anyMatch((entry) -> entry.shownAsOf(asOf) && !entry.done())
			.anyMatch((entry) -> !entry.shownAsOf(asOf) && entry.inPresidency());
		for (Entry entry : entries) {
			boolean shown = entry.shownAsOf(asOf);
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
				boolean shown = entry.shownAsOf(asOf);
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

	/**
	 * The source's own precision in every format and both languages: an undated entry, a
	 * month, a range of days and a year.
	 */
	@Test
	void approximateDatesAreWordedAsGivenInEveryFormat() throws Exception {
		List<String> latvian = List.of("Pastāvīgi – paveikts: Labus rezultātus guvusi",
				"2018. gada novembrī – paveikts: Latvija kā prezidējošā valsts",
				"26.-27.09.2018 – paveikts: Sanāksmju, kuras notika", "2019. gadā – paveikts: 2019.gadā Valsts",
				"2019. gada pavasarī – paveikts: 2019. gada pavasarī Baltijas reģiona");
		List<String> english = List.of("Ongoing – done: Good results were also",
				"In November 2018 – done: Latvia as the presiding country",
				"26.-27.09.2018 – done: During the meetings", "In 2019 – done: In 2019 the State Fire",
				"In spring 2019 – done: In spring 2019");
		String lvPdf;
		try (PDDocument pdf = Loader.loadPDF(download("pdf", "lv"))) {
			lvPdf = squeeze(new PDFTextStripper().getText(pdf));
		}
		String enDocx;
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download("docx", "en")));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			enDocx = squeeze(extractor.getText());
		}
		String lvHtml = squeeze(textOf(download("html", "lv")));
		String enHtml = squeeze(textOf(download("html", "en")));
		String enPdf;
		try (PDDocument pdf = Loader.loadPDF(download("pdf", "en"))) {
			enPdf = squeeze(new PDFTextStripper().getText(pdf));
		}
		for (String line : latvian) {
			assertThat(lvPdf).as("LV PDF").contains(squeeze(line));
			assertThat(lvHtml).as("LV HTML").contains(squeeze(line));
		}
		for (String line : english) {
			assertThat(enPdf).as("EN PDF").contains(squeeze(line));
			assertThat(enDocx).as("EN DOCX").contains(squeeze(line));
			assertThat(enHtml).as("EN HTML").contains(squeeze(line));
		}
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download("docx", "lv")));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String lvDocx = squeeze(extractor.getText());
			latvian.forEach((line) -> assertThat(lvDocx).as("LV DOCX").contains(squeeze(line)));
		}
	}

	/**
	 * Several years ("2019.-2020.gadā") and a named period of months ("Dānijas
	 * prezidentūras laikā") keep their wording in every format, in a report whose range
	 * reaches into them.
	 */
	@Test
	void periodsOfSeveralYearsOrMonthsAreWordedAsGiven() throws Exception {
		List<String> latvian = List.of("2019.–2020. gadā – plānots: Vācijas un Polijas prezidentūras laikā",
				"No 2019. gada jūlija līdz 2020. gada jūnijam – plānots: Dānijas prezidentūras laikā iecerēta");
		List<String> english = List.of("In 2019–2020 – planned: During the German and Polish presidency",
				"From July 2019 to June 2020 – planned: The drafting of a precise plan");
		String lvHtml = squeeze(textOf(download("html", "lv", "2018-07-01", "2020-06-30")));
		String enHtml = squeeze(textOf(download("html", "en", "2018-07-01", "2020-06-30")));
		String lvPdf;
		try (PDDocument pdf = Loader.loadPDF(download("pdf", "lv", "2018-07-01", "2020-06-30"))) {
			lvPdf = squeeze(new PDFTextStripper().getText(pdf));
		}
		String enDocx;
		try (XWPFDocument document = new XWPFDocument(
				new ByteArrayInputStream(download("docx", "en", "2018-07-01", "2020-06-30")));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			enDocx = squeeze(extractor.getText());
		}
		for (String line : latvian) {
			assertThat(lvHtml).as("LV HTML").contains(squeeze(line));
			assertThat(lvPdf).as("LV PDF").contains(squeeze(line));
		}
		for (String line : english) {
			assertThat(enHtml).as("EN HTML").contains(squeeze(line));
			assertThat(enDocx).as("EN DOCX").contains(squeeze(line));
		}
	}

	/** Entries come in the order the coordinator set, not by date. */
	@Test
	void entriesKeepTheOrderSet() throws Exception {
		Long first = entryId("Sanāksmju, kuras notika%");
		Long second = entryId("Iekšlietu ministrija ar BJVP sekretariāta atbalstu%");
		swap(first, second);
		try {
			String html = new String(download("html", "en"), StandardCharsets.UTF_8);
			String pdf;
			try (PDDocument document = Loader.loadPDF(download("pdf", "lv"))) {
				pdf = squeeze(new PDFTextStripper().getText(document));
			}
			String docx;
			try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download("docx", "en")));
					XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
				docx = extractor.getText();
			}
			String later = "During the meetings, which took place";
			String earlier = "With the support of the CBSS Secretariat, the Ministry of the Interior held";
			assertThat(html.indexOf(earlier)).isPositive().isLessThan(html.indexOf(later));
			assertThat(docx.indexOf(earlier)).isPositive().isLessThan(docx.indexOf(later));
			assertThat(pdf.indexOf(squeeze("Iekšlietu ministrija ar BJVP sekretariāta atbalstu"))).isPositive()
				.isLessThan(pdf.indexOf(squeeze("Sanāksmju, kuras notika")));
		}
		finally {
			swap(first, second);
		}
	}

	/**
	 * Swaps two entries' places in one statement (the unique place is checked at commit).
	 */
	private void swap(Long one, Long other) {
		this.jdbc.update("update task_progress set position = case id when ? then (select position from task_progress"
				+ " where id = ?) else (select position from task_progress where id = ?) end where id in (?, ?)", one,
				other, one, one, other);
	}

	/**
	 * The HTML's text without its tags (the lines checked hold no escaped characters).
	 */
	private static String textOf(byte[] html) {
		return new String(html, StandardCharsets.UTF_8).replaceAll("<[^>]+>", " ");
	}

	private Long entryId(String textLike) {
		return this.jdbc.queryForObject("select id from task_progress where text_lv like ?", Long.class, textLike);
	}

}
