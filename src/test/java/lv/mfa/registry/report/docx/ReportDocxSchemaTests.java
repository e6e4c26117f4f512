package lv.mfa.registry.report.docx;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import lv.mfa.registry.TestDatabaseConfiguration;
import lv.mfa.registry.report.document.ReportColumns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every Word document the registry writes is valid against the ECMA-376 schema (XMLBeans
 * validation with POI's complete schema), so python-docx, LibreOffice and Word read it
 * alike; its tables carry a grid with the PDF's column widths and rows that never split;
 * it has a Normal style and says its language.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@WithMockUser(roles = "COORDINATOR")
class ReportDocxSchemaTests {

	private static final String PRESIDENCY = "/admin/presidencies/cbss-2018-2019/";

	@Autowired
	MockMvc mvc;

	private byte[] docx(String report, String language) throws Exception {
		return this.mvc.perform(get(PRESIDENCY + report + ".docx").param("lang", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	@ParameterizedTest
	@CsvSource({ "report, lv, lv-LV", "report, en, en-GB", "progress-report, lv, lv-LV", "progress-report, en, en-GB" })
	void everyPartIsValidAgainstTheSchema(String report, String language, String tag) throws Exception {
		byte[] bytes = docx(report, language);
		List<String> errors = new ArrayList<>();
		List<String> checked = new ArrayList<>();
		try (OPCPackage pack = OPCPackage.open(new ByteArrayInputStream(bytes))) {
			for (PackagePart part : pack.getParts()) {
				XmlObject xml = parse(part);
				if (xml == null) {
					continue;
				}
				checked.add(part.getPartName().getName());
				List<XmlError> partErrors = new ArrayList<>();
				xml.validate(new XmlOptions().setErrorListener(partErrors));
				partErrors.forEach((error) -> errors.add(part.getPartName().getName() + ": " + error));
			}
		}
		assertThat(checked).contains("/word/document.xml", "/word/styles.xml", "/word/numbering.xml");
		assertThat(errors).as("schema errors").isEmpty();

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			assertThat(document.getStyles().getStyle("Normal")).as("a Normal style").isNotNull();
			assertThat(document.getStyles().getStyle("Normal").getCTStyle().getDefault()).isIn(true, "1", "true", "on");
			assertThat(document.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal())
				.isEqualTo(tag);
			assertThat(document.getTables()).isNotEmpty();
			ReportColumns columns = report.equals("report") ? ReportColumns.EVENTS : ReportColumns.PROGRESS;
			for (XWPFTable table : document.getTables()) {
				List<Long> grid = new ArrayList<>();
				for (CTTblGridCol column : table.getCTTbl().getTblGrid().getGridColList()) {
					grid.add(((BigInteger) column.getW()).longValue());
				}
				List<Long> expected = new ArrayList<>();
				for (int i = 0; i < columns.count(); i++) {
					expected.add(DocxStyles.TEXT_WIDTH * columns.getPercents().get(i) / 100);
				}
				assertThat(grid).as("the PDF's column widths %s", columns.getPercents()).isEqualTo(expected);
				for (XWPFTableRow row : table.getRows()) {
					assertThat(row.isCantSplitRow()).as("row %s never splits", row.getCell(0).getText()).isTrue();
				}
				assertThat(table.getRow(0).isRepeatHeader()).isTrue();
			}
			List<String> captions = document.getParagraphs()
				.stream()
				.filter((paragraph) -> "Caption".equals(paragraph.getStyle()))
				.map(XWPFParagraph::getText)
				.toList();
			assertThat(captions).as("one caption above every table, as in the PDF").hasSameSizeAs(document.getTables());
		}
	}

	/** The part as its schema type; null for the package's own parts. */
	private static XmlObject parse(PackagePart part) throws Exception {
		String type = part.getContentType();
		if (type.equals("application/vnd.openxmlformats-package.core-properties+xml")
				|| type.equals("application/vnd.openxmlformats-package.relationships+xml")) {
			return null;
		}
		try (InputStream in = part.getInputStream()) {
			if (type.endsWith("wordprocessingml.document.main+xml")) {
				return DocumentDocument.Factory.parse(in);
			}
			if (type.endsWith("wordprocessingml.styles+xml")) {
				return StylesDocument.Factory.parse(in);
			}
			if (type.endsWith("wordprocessingml.numbering+xml")) {
				return NumberingDocument.Factory.parse(in);
			}
			if (type.endsWith("wordprocessingml.footer+xml")) {
				return FtrDocument.Factory.parse(in);
			}
			if (type.endsWith("wordprocessingml.settings+xml")) {
				return SettingsDocument.Factory.parse(in);
			}
			if (type.endsWith("extended-properties+xml")) {
				return PropertiesDocument.Factory.parse(in);
			}
		}
		throw new AssertionError("a part this test does not know how to check: " + type);
	}

}
