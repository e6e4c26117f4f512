package lv.mfa.registry.dataset;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import lv.mfa.registry.SeparateDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import page on a registry of its own (its own database, no demo data at start): the
 * demo data set uploaded through the page gives the same rows as the start-up loader; a
 * file with mistakes is refused whole, naming each; spreadsheets of progress entries
 * (CSV, XLSX) add entries, and a bad row is named by its line.
 */
@SpringBootTest(properties = "registry.demo-data.enabled=false")
@AutoConfigureMockMvc
@Import(SeparateDatabaseConfiguration.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DatasetImporter importer;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Test
	@Order(1)
	void theDemoDataSetThroughThePageGivesTheLoadersRows() throws Exception {
		emptyRegistry();
		new DemoDataLoader(this.importer, this.entityManager, this.transactions, true, "classpath:data/*.yaml")
			.run(null);
		Map<String, Long> loaderRows = rowsPerTable();
		assertThat(loaderRows.get("event")).isPositive();
		assertThat(loaderRows.get("task_progress")).isPositive();

		emptyRegistry();
		MockMultipartHttpServletRequestBuilder upload = multipart("/admin/import/dataset");
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:data/*.yaml")) {
			upload.file(new MockMultipartFile("files", resource.getFilename(), "application/yaml",
					resource.getContentAsByteArray()));
		}
		String preview = redirectOf(this.mvc.perform(upload.with(coordinator()).with(csrf())).andReturn());
		this.mvc.perform(get(preview).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Imports izveidos"), containsString("cbss-2018-2019"),
					containsString("Pasākumi: " + loaderRows.get("event")), containsString("Importēt"))));
		assertThat(rowsPerTable().values()).as("nothing is stored by the preview").allMatch((rows) -> rows == 0);

		String done = redirectOf(
				this.mvc.perform(post(preview + "/confirm").with(coordinator()).with(csrf())).andReturn());
		assertThat(done).isEqualTo("/admin/import");
		assertThat(rowsPerTable()).isEqualTo(loaderRows);
		assertThat(this.jdbc.queryForObject("select count(*) from pending_import", Long.class)).isZero();
	}

	@Test
	@Order(2)
	void aFileWithThreeMistakesIsRefusedWholeNamingEach() throws Exception {
		demoData();
		Map<String, Long> before = rowsPerTable();
		String yaml = """
				workingGroups:
				  - code: new group
				    kind: network
				    name: {lv: Jauns tīkls}
				events:
				  - key: fine-event
				    start: 2031-09-01
				    end: 2031-09-01
				    type: meeting
				    status: planned
				    title: {lv: Sanāksme}
				  - key: backwards-event
				    start: 2031-09-05
				    end: 2031-09-04
				    type: meeting
				    status: planned
				    title: {lv: Otrādi}
				  - key: unknown-organiser
				    start: 2031-10-01
				    end: 2031-10-01
				    type: meeting
				    status: planned
				    title: {en: Organised by nobody}
				    organisers: [NOBODY]
				""";
		String preview = redirectOf(this.mvc
			.perform(multipart("/admin/import/dataset").file(new MockMultipartFile("files", "mistakes.yaml",
					"application/yaml", yaml.getBytes(StandardCharsets.UTF_8)))
				.with(coordinator())
				.with(csrf()))
			.andReturn());
		this.mvc.perform(get(preview).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("3 kļūdas"),
					cell("mistakes.yaml", 2, "new group", "code: "), cell("mistakes.yaml", 12, "backwards-event", ""),
					containsString("beigas nevar būt pirms sākuma"),
					cell("mistakes.yaml", 18, "unknown-organiser", "nezināma iestāde „NOBODY”"),
					cell("mistakes.yaml", 2, "new group", "code: vērtība neatbilst pierakstam "),
					not(containsString("unknown institution")), not(containsString("must match")),
					not(containsString("Importēt</button>")))));
		// The same preview in English: every problem in English.
		this.mvc.perform(get(preview).param("lang", "en").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("3 problems"),
					cell("mistakes.yaml", 2, "new group", "code: the value does not match the pattern "),
					containsString("the end cannot be before the start"),
					cell("mistakes.yaml", 18, "unknown-organiser", "unknown institution &#39;NOBODY&#39;"),
					not(containsString("nezināma")))));
		this.mvc.perform(post(preview + "/confirm").with(coordinator()).with(csrf()));
		assertThat(rowsPerTable()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from event where key = 'fine-event'", Long.class))
			.isZero();
	}

	@Test
	@Order(3)
	void csvAndXlsxRowsBecomeEntriesAndABadRowIsNamedByItsLine() throws Exception {
		demoData();
		Long priorityId = this.jdbc
			.queryForObject("select p.id from priority p join presidency s on s.id = p.presidency_id"
					+ " where s.slug = 'cbss-2018-2019' and p.number = 1", Long.class);
		String secondTask = this.jdbc.queryForObject("select coalesce(title_en, title_lv) from priority_task"
				+ " where priority_id = ? order by position offset 1 limit 1", String.class, priorityId);
		long entries = entries(priorityId);

		String bad = "uzdevums;datums;veids;teksts LV;teksts EN\n1;2019-05-02;paveikts;Labi;Fine\n"
				+ "1;2019-02-30;done;Slikts datums;\n99;2019-05-03;maybe;;\n";
		String badPreview = uploadSheet(priorityId, "entries.csv", bad.getBytes(StandardCharsets.UTF_8));
		this.mvc.perform(get(badPreview).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("4 kļūdas"), cell("entries.csv", 3, "date", "“2019-02-30” nav datums"),
						cell("entries.csv", 4, "task", "šajā prioritātē nav uzdevuma “99”"),
						cell("entries.csv", 4, "kind", "“maybe” nav veids"),
						cell("entries.csv", 4, "text", "jānorāda teksts"))));
		this.mvc.perform(post(badPreview + "/confirm").with(coordinator()).with(csrf()));
		assertThat(entries(priorityId)).isEqualTo(entries);

		String csv = "task,date,kind,text LV,text EN\n1,2019-05-02,done,\"Sanāksme, Rīgā\",\"Meeting, Riga\"\n"
				+ "2,2019-06,planned,,Only in English\n";
		confirm(uploadSheet(priorityId, "entries.csv", csv.getBytes(StandardCharsets.UTF_8)), "Progresa ieraksti: 2");
		assertThat(entries(priorityId)).isEqualTo(entries + 2);
		// A sheet's date is taken as precisely as it was written, like the forms take it.
		assertThat(this.jdbc
			.queryForObject("select date_precision from task_progress where text_en = 'Only in English'", String.class))
			.isEqualTo("MONTH");
		assertThat(this.jdbc.queryForObject("select count(*) from task_progress where text_lv = 'Sanāksme, Rīgā'",
				Long.class))
			.isOne();

		confirm(uploadSheet(priorityId, "entries.xlsx", xlsx(secondTask)), "Progresa ieraksti: 2");
		assertThat(entries(priorityId)).isEqualTo(entries + 4);
		assertThat(this.jdbc.queryForObject("select entry_date from task_progress where text_en = 'From a date cell'",
				LocalDate.class))
			.isEqualTo(LocalDate.of(2019, 3, 14));

		String again = uploadSheet(priorityId, "entries.xlsx", xlsx(secondTask));
		this.mvc.perform(get(again).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2 kļūdas"), containsString("jau ir šis"))));
	}

	@Test
	@Order(4)
	void wrongFilesAreRefusedWithAMessage() throws Exception {
		this.mvc.perform(get("/admin/import").with(user("editor").roles("EDITOR"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/import").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Datu faili (YAML)")));
		MvcResult refused = this.mvc
			.perform(multipart("/admin/import/dataset")
				.file(new MockMultipartFile("files", "report.pdf", "application/pdf", new byte[] { 1, 2 }))
				.with(coordinator())
				.with(csrf()))
			.andReturn();
		assertThat(redirectOf(refused)).isEqualTo("/admin/import");
		assertThat(refused.getFlashMap().get("uploadErrors").toString()).contains("report.pdf");
		String broken = redirectOf(
				this.mvc
					.perform(
							multipart("/admin/import/dataset")
								.file(new MockMultipartFile("files", "broken.yaml", "application/yaml",
										"events: [ {key: a".getBytes(StandardCharsets.UTF_8)))
								.with(coordinator())
								.with(csrf()))
					.andReturn());
		this.mvc.perform(get(broken).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1 kļūda"), containsString("broken.yaml"))));
		Long priorityId = this.jdbc.queryForObject("select min(id) from priority", Long.class);
		String notXlsx = uploadSheet(priorityId, "entries.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8));
		this.mvc.perform(get(notXlsx).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("nevar nolasīt kā XLSX")));
	}

	private void confirm(String preview, String expected) throws Exception {
		this.mvc.perform(get(preview).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(expected)));
		assertThat(
				redirectOf(this.mvc.perform(post(preview + "/confirm").with(coordinator()).with(csrf())).andReturn()))
			.isEqualTo("/admin/import");
	}

	private String uploadSheet(Long priorityId, String name, byte[] content) throws Exception {
		return redirectOf(this.mvc
			.perform(multipart("/admin/import/progress").file(new MockMultipartFile("file", name, null, content))
				.param("priorityId", priorityId.toString())
				.with(coordinator())
				.with(csrf()))
			.andReturn());
	}

	private static byte[] xlsx(String secondTaskTitle) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Entries");
			Row header = sheet.createRow(0);
			String[] names = { "Task", "Date", "Kind", "Text LV", "Text EN" };
			for (int i = 0; i < names.length; i++) {
				header.createCell(i).setCellValue(names[i]);
			}
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
			Row first = sheet.createRow(1);
			first.createCell(0).setCellValue(secondTaskTitle);
			first.createCell(1).setCellValue(LocalDate.of(2019, 3, 14));
			first.getCell(1).setCellStyle(dateStyle);
			first.createCell(2).setCellValue("done");
			first.createCell(3).setCellValue("No datuma šūnas");
			first.createCell(4).setCellValue("From a date cell");
			Row second = sheet.createRow(2);
			second.createCell(0).setCellValue(3);
			second.createCell(1).setCellValue("2019-06-01");
			second.createCell(2).setCellValue("plānots");
			second.createCell(3).setCellValue("Plānots darbs");
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private long entries(Long priorityId) {
		return this.jdbc.queryForObject("select count(*) from task_progress e join priority_task t on t.id = e.task_id"
				+ " where t.priority_id = ?", Long.class, priorityId);
	}

	/**
	 * A row of the problems table: file, line, record or field, and the message's start.
	 */
	private static org.hamcrest.Matcher<String> cell(String file, int line, String record, String message) {
		return containsString("<td>" + file + "</td>\n\t\t\t\t\t<td>" + line + "</td>\n\t\t\t\t\t<td>" + record
				+ "</td>\n\t\t\t\t\t<td>" + message);
	}

	private static String redirectOf(MvcResult result) {
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		return result.getResponse().getRedirectedUrl();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor coordinator() {
		return user("coordinator").roles("COORDINATOR");
	}

	private void demoData() {
		if (this.jdbc.queryForObject("select count(*) from presidency", Long.class) == 0) {
			this.importer.importLocation("classpath:data/*.yaml");
		}
	}

	/** Every table the data set fills (and their histories), by name, with its rows. */
	private Map<String, Long> rowsPerTable() {
		Map<String, Long> rows = new TreeMap<>();
		for (String table : dataTables()) {
			rows.put(table, this.jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return rows;
	}

	private java.util.List<String> dataTables() {
		return this.jdbc.queryForList(
				"select table_name from information_schema.tables"
						+ " where table_schema = 'registry' and table_type = 'BASE TABLE'"
						+ " and table_name not in ('flyway_schema_history', 'pending_import', 'pending_import_file')"
						+ " and table_name not like 'spring_session%' and table_name not like 'app_user%'",
				String.class);
	}

	private void emptyRegistry() {
		this.jdbc.execute("truncate " + String.join(", ", dataTables()) + " restart identity cascade");
	}

}
