package lv.mfa.registry.report.document;

import java.util.Arrays;
import java.util.List;

/**
 * The report tables' column widths in percent of the text width: one source for the PDF's
 * stylesheet ({@code report/document.html}) and the DOCX's table grid, so both documents
 * draw the same table.
 */
public enum ReportColumns {

	/** The informative report's events: date and place, title, results. */
	EVENTS(20, 36, 44),

	/** The progress report's tasks and their entries. */
	PROGRESS(40, 60);

	private final int[] percents;

	ReportColumns(int... percents) {
		this.percents = percents;
	}

	/** The widths for the template: {@code ${columns.EVENTS.percents[0]}}. */
	public List<Integer> getPercents() {
		return Arrays.stream(this.percents).boxed().toList();
	}

	public int count() {
		return this.percents.length;
	}

	/** The column's width in twentieths of a point, out of {@code total}. */
	public long twips(int column, long total) {
		return total * this.percents[column] / 100;
	}

}
