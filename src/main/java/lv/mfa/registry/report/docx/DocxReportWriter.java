package lv.mfa.registry.report.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.commonmark.node.Node;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import lv.mfa.registry.event.Event;
import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.priority.TaskProgress;
import lv.mfa.registry.report.InformativeReport;
import lv.mfa.registry.report.PresidencyReport;
import lv.mfa.registry.report.ProgressReport;
import lv.mfa.registry.report.ReportKind;
import lv.mfa.registry.report.document.ReportColumns;
import lv.mfa.registry.report.document.ReportTitles;
import lv.mfa.registry.shared.text.DateTexts;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.text.StructuredText;
import lv.mfa.registry.workinggroup.WorkingGroupRole;

/**
 * Writes a report as a Word document (Apache POI) with the structure, texts, captions and
 * numbering of the PDF: Word's own styles (Normal, Title, Heading 1–3, Caption, List
 * Bullet, List Number; see {@link DocxStyles}), long texts' lists and sub-headings as
 * such, tables with the PDF's column widths whose header row repeats on every page and
 * whose rows never split, the document's title and language in its properties. The result
 * is valid against the ECMA-376 schema (a test checks it).
 */
@Component
public class DocxReportWriter {

	private final MessageSource messages;

	private final DateTexts dateTexts;

	private final ReportTitles titles;

	private final StructuredText structuredText;

	DocxReportWriter(MessageSource messages, DateTexts dateTexts, ReportTitles titles, StructuredText structuredText) {
		this.messages = messages;
		this.dateTexts = dateTexts;
		this.titles = titles;
		this.structuredText = structuredText;
	}

	public void write(ReportKind kind, PresidencyReport report, Locale locale, OutputStream out) {
		try (XWPFDocument document = new XWPFDocument()) {
			Writer writer = new Writer(document, locale);
			if (report.isDraft()) {
				writer.draftHeader();
			}
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

		private final DocxStyles styles;

		Writer(XWPFDocument document, Locale locale) {
			this.document = document;
			this.locale = locale;
			String language = LocalizedText.ENGLISH.equals(LocalizedText.language(locale)) ? "en-GB" : "lv-LV";
			this.styles = new DocxStyles(document, language, message("layout.site-name"));
		}

		/** "Melnraksts" / "Draft" at the top of every page of a draft's preview. */
		void draftHeader() {
			XWPFParagraph mark = this.document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
			mark.setAlignment(ParagraphAlignment.CENTER);
			XWPFRun run = mark.createRun();
			run.setBold(true);
			run.setText(message("report.draft-mark"));
		}

		void informative(InformativeReport report) {
			Presidency presidency = report.presidency();
			title(ReportKind.INFORMATIVE, report);

			if (present(presidency.getIntroduction())) {
				structured(presidency.getIntroduction(), DocxStyles.HEADING + 2);
			}
			else if (present(presidency.getLegalBasis())) {
				paragraph(message("report.legal-basis", presidency.getLegalBasis().get(this.locale)));
			}
			if (!report.priorities().isEmpty()) {
				XWPFParagraph priorities = paragraph(message("report.priorities"));
				priorities.getRuns().get(0).setBold(true);
				DocxStyles.keepWithNext(priorities);
				BigInteger list = this.styles.numberedList(1);
				for (InformativeReport.PrioritySection section : report.priorities()) {
					XWPFParagraph item = paragraph(section.priority().getTitle().get(this.locale));
					item.setStyle(DocxStyles.LIST_NUMBER);
					item.setNumID(list);
					item.setNumILvl(BigInteger.ZERO);
				}
			}

			styled(heading(1),
					message("report.section.committee", report.committeeNumber(), report.acronym(this.locale)));
			structured(presidency.getCommitteeNarrative(), heading(2));

			for (InformativeReport.PrioritySection section : report.priorities()) {
				styled(heading(1), message("report.section.priority", section.number(),
						section.priority().getTitle().get(this.locale)));
				structured(section.priority().getNarrative(), heading(2));
				if (!section.workingGroups().isEmpty()) {
					styled(heading(2), message("report.working-groups"));
					for (WorkingGroupRole role : section.workingGroups()) {
						bullet(workingGroup(role));
					}
				}
				if (!section.events().isEmpty()) {
					styled(heading(2), message("report.priority-events"));
					for (Event event : section.events()) {
						bullet(priorityEvent(event));
					}
				}
			}

			styled(heading(1), message("report.section.other-directions", report.otherDirectionsNumber()));
			structured(presidency.getOtherDirections(), heading(2));

			styled(heading(1), message("report.section.events", report.eventsNumber(), report.holder(this.locale),
					report.acronym(this.locale)));
			if (report.events().isEmpty()) {
				paragraph(message("report.events.none"));
				return;
			}
			styled(DocxStyles.CAPTION, message("report.events.caption", period(report)));
			XWPFTable table = table(ReportColumns.EVENTS, message("report.events.when"), message("report.events.title"),
					message("report.events.results"));
			for (Event event : report.events()) {
				XWPFTableRow row = row(table, ReportColumns.EVENTS);
				String city = InformativeReport.city(event, this.locale);
				cell(row.getCell(0), InformativeReport.dateAndPlace(event, city, this.locale));
				cell(row.getCell(1), event.getTitle().get(this.locale));
				if (present(event.getResults())) {
					markdown(row.getCell(2), parse(event.getResults().get(this.locale)));
				}
			}
		}

		void progress(ProgressReport report) {
			title(ReportKind.PROGRESS, report);
			for (ProgressReport.PriorityProgress section : report.priorities()) {
				styled(heading(1), message("report.progress.priority", section.number(),
						section.priority().getTitle().get(this.locale)));
				if (present(section.priority().getGoal())) {
					body(DocxReportWriter.this.structuredText.parse(message("report.progress.goal"),
							section.priority().getGoal().get(this.locale)), heading(2));
				}
				structured(section.priority().getBeforeTasks(), heading(2));
				if (section.tasks().isEmpty()) {
					paragraph(message("report.progress.no-tasks"));
					structured(section.priority().getAfterTasks(), heading(2));
					continue;
				}
				styled(DocxStyles.CAPTION, message("report.progress.caption", section.number(), period(report)));
				XWPFTable table = table(ReportColumns.PROGRESS, message("report.progress.tasks"),
						message("report.progress.entries"));
				for (ProgressReport.TaskRow task : section.tasks()) {
					XWPFTableRow row = row(table, ReportColumns.PROGRESS);
					String title = task.task().getTitle().get(this.locale);
					cell(row.getCell(0), task.task().isPublished() ? title : message("report.progress.draft", title));
					XWPFTableCell entries = row.getCell(1);
					if (task.entries().isEmpty()) {
						cell(entries, message("report.progress.no-entries"));
					}
					Supplier<XWPFParagraph> paragraphs = cellParagraphs(entries);
					for (TaskProgress entry : task.entries()) {
						new DocxMarkdown(this.styles, paragraphs, null).write(DocxReportWriter.this.structuredText
							.parse(progressLabel(entry), entry.getText().get(this.locale)));
					}
				}
				structured(section.priority().getAfterTasks(), heading(2));
			}
		}

		private void title(ReportKind kind, PresidencyReport report) {
			ReportTitles titles = DocxReportWriter.this.titles;
			this.document.getProperties().getCoreProperties().setTitle(titles.title(kind, report, this.locale));
			styled(DocxStyles.TITLE, titles.heading(kind, report, this.locale));
			styled(DocxStyles.TITLE, titles.subject(kind, report, this.locale));
			String presidencyLine = titles.presidencyLine(kind, report, this.locale);
			if (presidencyLine != null) {
				paragraph(presidencyLine).setAlignment(ParagraphAlignment.CENTER);
			}
			String datePlace = titles.datePlace(report);
			if (datePlace != null) {
				paragraph(datePlace).setAlignment(ParagraphAlignment.RIGHT);
			}
		}

		/** "12.10.2018 – paveikts:", marked when the entry is a draft (a preview). */
		private String progressLabel(TaskProgress entry) {
			String label = message("report.progress.entry." + entry.getKind().name().toLowerCase(Locale.ROOT),
					entry.getWhen().compact(this.locale));
			return entry.isPublished() ? label : message("report.progress.draft", label);
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
			String when = event.getWhen().format(this.locale);
			return ((city != null) ? when + ", " + city : when) + ": " + event.getTitle().get(this.locale);
		}

		private String period(PresidencyReport report) {
			return DocxReportWriter.this.titles.period(report, this.locale);
		}

		/**
		 * A table as wide as the text with the PDF's column widths: a grid (which the
		 * schema requires and LibreOffice reads), a fixed layout, a header row that
		 * repeats on every page.
		 */
		private XWPFTable table(ReportColumns columns, String... headings) {
			XWPFTable table = this.document.createTable(1, headings.length);
			table.setWidthType(TableWidthType.DXA);
			table.setWidth(String.valueOf(DocxStyles.TEXT_WIDTH));
			table.setTableAlignment(TableRowAlign.LEFT);
			CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout()
					? table.getCTTbl().getTblPr().getTblLayout() : table.getCTTbl().getTblPr().addNewTblLayout();
			layout.setType(STTblLayoutType.FIXED);
			CTTblGrid grid = (table.getCTTbl().getTblGrid() != null) ? table.getCTTbl().getTblGrid()
					: table.getCTTbl().addNewTblGrid();
			while (grid.sizeOfGridColArray() > 0) {
				grid.removeGridCol(0);
			}
			for (int i = 0; i < columns.count(); i++) {
				grid.addNewGridCol().setW(BigInteger.valueOf(columns.twips(i, DocxStyles.TEXT_WIDTH)));
			}
			XWPFTableRow header = table.getRow(0);
			header.setRepeatHeader(true);
			header.setCantSplitRow(true);
			for (int i = 0; i < headings.length; i++) {
				XWPFTableCell cell = header.getCell(i);
				width(cell, columns, i);
				XWPFParagraph paragraph = cell.getParagraphs().get(0);
				DocxStyles.keepWithNext(paragraph);
				XWPFRun run = paragraph.createRun();
				run.setBold(true);
				run.setText(headings[i]);
				cell.setColor("E8E8E8");
			}
			return table;
		}

		/** A data row: the grid's widths, never split across pages. */
		private XWPFTableRow row(XWPFTable table, ReportColumns columns) {
			XWPFTableRow row = table.createRow();
			row.setCantSplitRow(true);
			for (int i = 0; i < row.getTableCells().size(); i++) {
				width(row.getCell(i), columns, i);
			}
			return row;
		}

		private void width(XWPFTableCell cell, ReportColumns columns, int column) {
			cell.setWidthType(TableWidthType.DXA);
			cell.setWidth(String.valueOf(columns.twips(column, DocxStyles.TEXT_WIDTH)));
		}

		private void cell(XWPFTableCell cell, String text) {
			cell.getParagraphs().get(0).createRun().setText((text != null) ? text : "");
		}

		private void markdown(XWPFTableCell cell, Node text) {
			new DocxMarkdown(this.styles, cellParagraphs(cell), null).write(text);
		}

		/** The cell's first, empty paragraph, then new ones. */
		private Supplier<XWPFParagraph> cellParagraphs(XWPFTableCell cell) {
			boolean[] firstUsed = { !cell.getParagraphs().get(0).getRuns().isEmpty() };
			return () -> {
				if (!firstUsed[0]) {
					firstUsed[0] = true;
					return cell.getParagraphs().get(0);
				}
				return cell.addParagraph();
			};
		}

		private String heading(int level) {
			return DocxStyles.HEADING + level;
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

		private void bullet(String text) {
			XWPFParagraph item = paragraph(text);
			item.setStyle(DocxStyles.LIST_BULLET);
			item.setNumID(this.styles.bulletList());
			item.setNumILvl(BigInteger.ZERO);
		}

		/**
		 * A long text: its sub-headings one level under {@code headingStyle}'s section.
		 */
		private void structured(LocalizedText text, String headingStyle) {
			if (present(text)) {
				body(parse(text.get(this.locale)), headingStyle);
			}
		}

		private void body(Node text, String headingStyle) {
			new DocxMarkdown(this.styles, this.document::createParagraph, headingStyle).write(text);
		}

		private Node parse(String text) {
			return DocxReportWriter.this.structuredText.parse(text);
		}

		private String message(String code, Object... args) {
			return DocxReportWriter.this.messages.getMessage(code, args, this.locale);
		}

	}

	private static boolean present(LocalizedText text) {
		return text != null && !text.isEmpty();
	}

}
