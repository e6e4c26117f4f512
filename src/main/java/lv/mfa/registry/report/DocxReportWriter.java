package lv.mfa.registry.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.priority.TaskProgress;
import lv.mfa.registry.shared.DateTexts;
import lv.mfa.registry.shared.LocalizedText;
import lv.mfa.registry.workinggroup.WorkingGroupRole;

/**
 * Writes a report as a Word document (Apache POI) with the structure and texts of the
 * HTML one: Word's own Title, Heading 1 and Heading 2 styles (so the navigation pane and
 * a table of contents work), real tables whose header row repeats on every page, and the
 * document's title and language in its properties.
 */
@Component
class DocxReportWriter {

	private static final String TITLE = "Title";

	private static final String HEADING_1 = "Heading1";

	private static final String HEADING_2 = "Heading2";

	private final MessageSource messages;

	private final DateTexts dateTexts;

	private final ReportTitles titles;

	DocxReportWriter(MessageSource messages, DateTexts dateTexts, ReportTitles titles) {
		this.messages = messages;
		this.dateTexts = dateTexts;
		this.titles = titles;
	}

	void write(ReportKind kind, PresidencyReport report, Locale locale, OutputStream out) {
		try (XWPFDocument document = new XWPFDocument()) {
			Writer writer = new Writer(document, locale);
			if (kind == ReportKind.INFORMATIVE) {
				writer.informative((InformativeReport) report);
			}
			else {
				writer.progress((ProgressReport) report);
			}
			document.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One document being written. */
	private final class Writer {

		private final XWPFDocument document;

		private final Locale locale;

		Writer(XWPFDocument document, Locale locale) {
			this.document = document;
			this.locale = locale;
			XWPFStyles styles = document.createStyles();
			String language = LocalizedText.ENGLISH.equals(LocalizedText.language(locale)) ? "en-GB" : "lv-LV";
			styles.setSpellingLanguage(language);
			CTFonts fonts = CTFonts.Factory.newInstance();
			fonts.setAscii("Calibri");
			fonts.setHAnsi("Calibri");
			fonts.setCs("Calibri");
			styles.setDefaultFonts(fonts);
			addStyle(styles, TITLE, "Title", 36, 0);
			addStyle(styles, HEADING_1, "heading 1", 28, 1);
			addStyle(styles, HEADING_2, "heading 2", 24, 2);
			document.getProperties().getCoreProperties().getUnderlyingProperties().setLanguageProperty(language);
			document.getProperties().getCoreProperties().setCreator(message("layout.site-name"));
			a4WithPageNumbers(document);
		}

		void informative(InformativeReport report) {
			Presidency presidency = report.presidency();
			title(ReportKind.INFORMATIVE, report);

			if (present(presidency.getIntroduction())) {
				paragraphs(presidency.getIntroduction());
			}
			else if (present(presidency.getLegalBasis())) {
				paragraph(message("report.legal-basis", presidency.getLegalBasis().get(this.locale)));
			}
			paragraph(message("report.priorities")).getRuns().get(0).setBold(true);
			for (InformativeReport.PrioritySection section : report.priorities()) {
				paragraph(message("report.priorities.item", section.priority().getNumber(),
						section.priority().getTitle().get(this.locale)));
			}

			styled(HEADING_1,
					message("report.section.committee", report.committeeNumber(), report.acronym(this.locale)));
			paragraphs(presidency.getCommitteeNarrative());

			for (InformativeReport.PrioritySection section : report.priorities()) {
				styled(HEADING_1, message("report.section.priority", section.number(),
						section.priority().getTitle().get(this.locale)));
				paragraphs(section.priority().getNarrative());
				if (!section.workingGroups().isEmpty()) {
					styled(HEADING_2, message("report.working-groups"));
					for (WorkingGroupRole role : section.workingGroups()) {
						paragraph(workingGroup(role));
					}
				}
				if (!section.events().isEmpty()) {
					styled(HEADING_2, message("report.priority-events"));
					for (Event event : section.events()) {
						paragraph(priorityEvent(event));
					}
				}
			}

			styled(HEADING_1, message("report.section.other-directions", report.otherDirectionsNumber()));
			paragraphs(presidency.getOtherDirections());

			styled(HEADING_1, message("report.section.events", report.eventsNumber(), report.holder(this.locale),
					report.acronym(this.locale)));
			if (report.events().isEmpty()) {
				paragraph(message("report.events.none"));
				return;
			}
			paragraph(message("report.events.caption", period(report))).getRuns().get(0).setItalic(true);
			XWPFTable table = table(message("report.events.when"), message("report.events.title"),
					message("report.events.results"));
			for (Event event : report.events()) {
				XWPFTableRow row = table.createRow();
				String city = InformativeReport.city(event, this.locale);
				cell(row.getCell(0), InformativeReport.dateAndPlace(DocxReportWriter.this.dateTexts, event, city));
				cell(row.getCell(1), event.getTitle().get(this.locale));
				cell(row.getCell(2), text(event.getResults()));
			}
			widths(table, 20, 38, 42);
		}

		void progress(ProgressReport report) {
			title(ReportKind.PROGRESS, report);
			for (ProgressReport.PriorityProgress section : report.priorities()) {
				styled(HEADING_1, message("report.progress.priority", section.number(),
						section.priority().getTitle().get(this.locale)));
				if (present(section.priority().getGoal())) {
					XWPFParagraph goal = paragraph(message("report.progress.goal") + " ");
					goal.getRuns().get(0).setBold(true);
					goal.createRun().setText(section.priority().getGoal().get(this.locale));
				}
				if (section.tasks().isEmpty()) {
					paragraph(message("report.progress.no-tasks"));
					continue;
				}
				XWPFTable table = table(message("report.progress.tasks"), message("report.progress.entries"));
				for (ProgressReport.TaskRow task : section.tasks()) {
					XWPFTableRow row = table.createRow();
					cell(row.getCell(0), task.task().getTitle().get(this.locale));
					XWPFTableCell entries = row.getCell(1);
					if (task.entries().isEmpty()) {
						cell(entries, message("report.progress.no-entries"));
					}
					for (int i = 0; i < task.entries().size(); i++) {
						TaskProgress entry = task.entries().get(i);
						XWPFParagraph line = (i == 0) ? entries.getParagraphs().get(0) : entries.addParagraph();
						XWPFRun date = line.createRun();
						date.setBold(true);
						date.setText(progressLabel(entry));
						line.createRun().setText(" " + entry.getText().get(this.locale));
					}
				}
				widths(table, 40, 60);
			}
		}

		private void title(ReportKind kind, PresidencyReport report) {
			ReportTitles titles = DocxReportWriter.this.titles;
			this.document.getProperties().getCoreProperties().setTitle(titles.title(kind, report, this.locale));
			styled(TITLE, titles.heading(kind, this.locale)).setAlignment(ParagraphAlignment.CENTER);
			styled(TITLE, titles.subject(kind, report, this.locale)).setAlignment(ParagraphAlignment.CENTER);
		}

		private String progressLabel(TaskProgress entry) {
			return message("report.progress.entry." + entry.getKind().name().toLowerCase(Locale.ROOT),
					DocxReportWriter.this.dateTexts.compact(entry.getEntryDate(), entry.getEntryDate()));
		}

		private String workingGroup(WorkingGroupRole role) {
			String name = role.getWorkingGroup().getCode() + " – " + role.getWorkingGroup().getName().get(this.locale);
			if (role.getLeadInstitution() != null) {
				name += " "
						+ message("report.working-group.lead", role.getLeadInstitution().getName().get(this.locale));
			}
			return name;
		}

		private String priorityEvent(Event event) {
			String city = InformativeReport.city(event, this.locale);
			String when = DocxReportWriter.this.dateTexts.when(event.getStartDate(), event.getEndDate(), this.locale);
			return ((city != null) ? when + ", " + city : when) + ": " + event.getTitle().get(this.locale);
		}

		private String period(PresidencyReport report) {
			return DocxReportWriter.this.titles.period(report, this.locale);
		}

		private XWPFTable table(String... headings) {
			XWPFTable table = this.document.createTable(1, headings.length);
			table.setWidth("100%");
			table.setTableAlignment(TableRowAlign.LEFT);
			XWPFTableRow header = table.getRow(0);
			header.setRepeatHeader(true);
			header.setCantSplitRow(true);
			for (int i = 0; i < headings.length; i++) {
				XWPFRun run = header.getCell(i).getParagraphs().get(0).createRun();
				run.setBold(true);
				run.setText(headings[i]);
				header.getCell(i).setColor("E8E8E8");
			}
			return table;
		}

		private void widths(XWPFTable table, int... percents) {
			for (XWPFTableRow row : table.getRows()) {
				for (int i = 0; i < percents.length; i++) {
					row.getCell(i).setWidth(percents[i] + "%");
				}
			}
		}

		private void cell(XWPFTableCell cell, String text) {
			List<String> lines = (text != null) ? List.of(text.split("\\R")) : List.of("");
			for (int i = 0; i < lines.size(); i++) {
				XWPFParagraph paragraph = (i == 0) ? cell.getParagraphs().get(0) : cell.addParagraph();
				paragraph.createRun().setText(lines.get(i));
			}
		}

		private XWPFParagraph styled(String style, String text) {
			XWPFParagraph paragraph = this.document.createParagraph();
			paragraph.setStyle(style);
			paragraph.createRun().setText(text);
			return paragraph;
		}

		private XWPFParagraph paragraph(String text) {
			XWPFParagraph paragraph = this.document.createParagraph();
			paragraph.createRun().setText(text);
			return paragraph;
		}

		private void paragraphs(LocalizedText text) {
			if (!present(text)) {
				return;
			}
			for (String part : text.get(this.locale).split("\\n\\s*\\n")) {
				paragraph(part.strip());
			}
		}

		private String text(LocalizedText text) {
			return present(text) ? text.get(this.locale) : "";
		}

		private String message(String code, Object... args) {
			return DocxReportWriter.this.messages.getMessage(code, args, this.locale);
		}

	}

	private static boolean present(LocalizedText text) {
		return text != null && !text.isEmpty();
	}

	/** A4 pages with 20 mm margins, numbered "n / N" at the foot. */
	private static void a4WithPageNumbers(XWPFDocument document) {
		XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph numbers = footer.createParagraph();
		numbers.setAlignment(ParagraphAlignment.CENTER);
		numbers.getCTP().addNewFldSimple().setInstr("PAGE");
		numbers.createRun().setText(" / ");
		numbers.getCTP().addNewFldSimple().setInstr("NUMPAGES");
		CTBody body = document.getDocument().getBody();
		CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		BigInteger twentyMillimetres = BigInteger.valueOf(1134);
		margins.setTop(twentyMillimetres);
		margins.setBottom(twentyMillimetres);
		margins.setLeft(twentyMillimetres);
		margins.setRight(twentyMillimetres);
		margins.setHeader(BigInteger.valueOf(567));
		margins.setFooter(BigInteger.valueOf(567));
		margins.setGutter(BigInteger.ZERO);
	}

	private static void addStyle(XWPFStyles styles, String id, String name, int halfPoints, int outlineLevel) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		style.addNewQFormat();
		var paragraphProperties = style.addNewPPr();
		if (outlineLevel > 0) {
			style.addNewUiPriority().setVal(BigInteger.valueOf(9));
			paragraphProperties.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel - 1));
		}
		var spacing = paragraphProperties.addNewSpacing();
		spacing.setBefore(BigInteger.valueOf(outlineLevel == 0 ? 120 : 240));
		spacing.setAfter(BigInteger.valueOf(120));
		paragraphProperties.addNewKeepNext();
		var runProperties = style.addNewRPr();
		runProperties.addNewB();
		runProperties.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		styles.addStyle(new XWPFStyle(style));
	}

}
