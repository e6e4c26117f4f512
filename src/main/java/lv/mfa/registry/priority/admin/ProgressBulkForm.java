package lv.mfa.registry.priority.admin;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import lv.mfa.registry.shared.form.FormTexts;

/**
 * Many progress entries of one priority at once: rows typed in the table, or a paste of
 * tab-separated rows (from a spreadsheet or a Word table) that "Check" turns into rows.
 * Everything is kept as typed, so a mistake comes back beside its row with nothing lost.
 */
record ProgressBulkForm(@Size(max = 500_000) String paste, @Valid List<Row> rows) {

	/** Empty rows the page offers. */
	static final int ROWS = 12;

	ProgressBulkForm {
		// Gaps in the row numbers (a hand-made request) bind as nulls and are ignored.
		rows = (rows != null) ? new ArrayList<>(rows) : new ArrayList<>();
	}

	/**
	 * One entry. {@code taskTyped} is what a paste named when no task matched it;
	 * {@code kind} is the kind's name or the word typed for it.
	 */
	record Row(Long task, @Size(max = 500) String taskTyped, @Size(max = 60) String when, @Size(max = 40) String kind,
			@Size(max = 20000) String textLv, @Size(max = 20000) String textEn) {

		static final Row EMPTY = new Row(null, null, null, null, null, null);

		boolean isEmpty() {
			return this.task == null && FormTexts.blank(this.taskTyped) && FormTexts.blank(this.when)
					&& FormTexts.blank(this.textLv) && FormTexts.blank(this.textEn);
		}

	}

	static ProgressBulkForm blank() {
		return new ProgressBulkForm(null, null).padded();
	}

	boolean hasNoRows() {
		return this.rows.stream().allMatch((row) -> row == null || row.isEmpty());
	}

	/** The same form with empty rows up to {@link #ROWS}, gaps filled. */
	ProgressBulkForm padded() {
		this.rows.replaceAll((row) -> (row != null) ? row : Row.EMPTY);
		while (this.rows.size() < ROWS) {
			this.rows.add(Row.EMPTY);
		}
		return this;
	}

	ProgressBulkForm withRows(List<Row> rows) {
		return new ProgressBulkForm(this.paste, rows).padded();
	}

}
