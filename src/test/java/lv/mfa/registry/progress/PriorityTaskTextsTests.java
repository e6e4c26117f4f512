package lv.mfa.registry.progress;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.shared.cache.PublicPageCache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A priority's free texts before and after its task table come out in those places on the
 * public page and in the progress report's HTML, PDF and DOCX, in the reader's language;
 * the priority form edits them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class PriorityTaskTextsTests {

	private static final String BEFORE_LV = "Ievads pirms uzdevumu tabulas";

	private static final String AFTER_LV = "Nobeigums pēc uzdevumu tabulas";

	private static final String BEFORE_EN = "Introduction before the task table";

	private static final String AFTER_EN = "Closing words after the task table";

	private static final String REPORT = "/admin/presidencies/cbss-2018-2019/progress-report";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublicPageCache pages;

	private long priorityId;

	@BeforeEach
	void setTexts() {
		this.priorityId = this.jdbc.queryForObject("select p.id from priority p join presidency s"
				+ " on s.id = p.presidency_id where s.slug = 'cbss-2018-2019' and p.number = 1", Long.class);
		this.jdbc.update(
				"update priority set before_tasks_lv = ?, before_tasks_en = ?, after_tasks_lv = ?,"
						+ " after_tasks_en = ? where id = ?",
				BEFORE_LV + "\n\n- pirmais punkts", BEFORE_EN, AFTER_LV, AFTER_EN, this.priorityId);
		this.pages.evictAll();
	}

	@AfterEach
	void clearTexts() {
		this.jdbc.update("update priority set before_tasks_lv = null, before_tasks_en = null, after_tasks_lv = null,"
				+ " after_tasks_en = null where id = ?", this.priorityId);
	}

	@Test
	void thePublicPageShowsThemBeforeAndAfterTheTasks() throws Exception {
		String lv = page("/lv/presidencies/cbss-2018-2019/priorities/1");
		int tasks = lv.indexOf("<ol class=\"task-list\"");
		assertThat(tasks).isPositive();
		assertThat(lv.indexOf("<h2 id=\"tasks\"")).isLessThan(lv.indexOf("<p>" + BEFORE_LV + "</p>"));
		assertThat(lv.indexOf("<p>" + BEFORE_LV + "</p>")).isLessThan(tasks);
		assertThat(lv).contains("<li>pirmais punkts</li>");
		assertThat(lv.indexOf("<p>" + AFTER_LV + "</p>")).isGreaterThan(lv.indexOf("</ol>", tasks));
		assertThat(lv).doesNotContain(BEFORE_EN);

		String en = page("/en/presidencies/cbss-2018-2019/priorities/1");
		int enTasks = en.indexOf("<ol class=\"task-list\"");
		assertThat(en.indexOf(BEFORE_EN)).isPositive().isLessThan(enTasks);
		assertThat(en.indexOf(AFTER_EN)).isGreaterThan(enTasks);
		assertThat(page("/lv/presidencies/cbss-2018-2019/priorities/2")).doesNotContain(BEFORE_LV)
			.doesNotContain(AFTER_LV);
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void theProgressReportShowsThemAroundTheTaskTableInHtmlPdfAndDocx() throws Exception {
		String html = new String(download("html", "lv"), StandardCharsets.UTF_8);
		int table = html.indexOf("<table class=\"data-table report-progress\"");
		assertThat(table).isPositive();
		assertThat(html.indexOf("<p>" + BEFORE_LV + "</p>")).isPositive().isLessThan(table);
		assertThat(html.indexOf("<p>" + AFTER_LV + "</p>")).isGreaterThan(html.indexOf("</table>", table));
		assertThat(html.indexOf("<p>" + AFTER_LV + "</p>"))
			.isLessThan(html.indexOf("<table class=\"data-table report-progress\"", table + 1));

		String pdf;
		try (PDDocument document = Loader.loadPDF(download("pdf", "en"))) {
			pdf = squeeze(new PDFTextStripper().getText(document));
		}
		int firstTask = pdf.indexOf(squeeze(firstTaskTitle("en")));
		assertThat(firstTask).isPositive();
		assertThat(pdf.indexOf(squeeze(BEFORE_EN))).isPositive().isLessThan(firstTask);
		assertThat(pdf.indexOf(squeeze(AFTER_EN))).isGreaterThan(firstTask)
			.isLessThan(pdf.lastIndexOf(squeeze("2. Priority")));

		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download("docx", "lv")))) {
			List<IBodyElement> body = docx.getBodyElements();
			int before = indexOf(body, BEFORE_LV);
			int after = indexOf(body, AFTER_LV);
			int firstTable = -1;
			for (int i = Math.max(before, 0); i < body.size(); i++) {
				if (body.get(i) instanceof XWPFTable) {
					firstTable = i;
					break;
				}
			}
			assertThat(before).isPositive().isLessThan(firstTable);
			assertThat(after).isGreaterThan(firstTable);
			assertThat(body.get(after - 1)).as("right after the first priority's table").isSameAs(body.get(firstTable));
		}
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void thePriorityFormEditsThem() throws Exception {
		String form = page("/admin/priorities/" + this.priorityId + "/edit?lang=lv");
		assertThat(form).contains("Teksts pirms uzdevumu tabulas latviešu valodā")
			.contains("Teksts pēc uzdevumu tabulas angļu valodā")
			.contains(">" + AFTER_EN + "</textarea>");
	}

	private static int indexOf(List<IBodyElement> body, String text) {
		for (int i = 0; i < body.size(); i++) {
			if (body.get(i) instanceof XWPFParagraph paragraph && paragraph.getText().equals(text)) {
				return i;
			}
		}
		return -1;
	}

	private String firstTaskTitle(String language) {
		return this.jdbc.queryForObject(
				"select title_" + language + " from priority_task where priority_id = ? order by position limit 1",
				String.class, this.priorityId);
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private byte[] download(String format, String language) throws Exception {
		return this.mvc.perform(get(REPORT + "." + format).param("lang", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static String squeeze(String text) {
		return text.replaceAll("\\s+", "");
	}

}
