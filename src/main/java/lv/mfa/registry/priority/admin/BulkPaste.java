package lv.mfa.registry.priority.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lv.mfa.registry.priority.admin.ProgressBulkEditing.TaskChoice;
import lv.mfa.registry.shared.form.FormTexts;
import lv.mfa.registry.shared.text.ApproximateDate;
import lv.mfa.registry.shared.text.InvalidApproximateDateException;

/**
 * Reads rows copied from a spreadsheet or a Word table: tab-separated task (number or
 * title), date, kind, text LV, text EN; an optional header row. Nothing is checked here
 * but which task a row names: the rows go back into the table as typed.
 */
final class BulkPaste {

	private BulkPaste() {
	}

	static List<ProgressBulkForm.Row> rows(String paste, int priorityNumber, List<TaskChoice> tasks) {
		List<ProgressBulkForm.Row> rows = new ArrayList<>();
		if (paste == null) {
			return rows;
		}
		for (String line : paste.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] cells = line.split("\t", -1);
			Long task = task(cell(cells, 0), priorityNumber, tasks);
			if (rows.isEmpty() && task == null && isHeader(cells)) {
				continue;
			}
			String typed = (task == null) ? cell(cells, 0) : null;
			rows.add(new ProgressBulkForm.Row(task, typed, cell(cells, 1), kind(cell(cells, 2)), cell(cells, 3),
					cell(cells, 4)));
		}
		return rows;
	}

	/** A header names no task, no readable date and no kind. */
	private static boolean isHeader(String[] cells) {
		if (ProgressBulkEditing.kind(cell(cells, 2)) != null) {
			return false;
		}
		try {
			return ApproximateDate.parse(cell(cells, 1)).start() == null;
		}
		catch (InvalidApproximateDateException ex) {
			return true;
		}
	}

	/**
	 * The task a cell names: "3" or "2.3" (priority 2, task 3), or a title in either
	 * language.
	 */
	private static Long task(String cell, int priorityNumber, List<TaskChoice> tasks) {
		if (cell == null) {
			return null;
		}
		String number = cell.strip();
		String prefix = priorityNumber + ".";
		if (number.startsWith(prefix) && number.length() > prefix.length()) {
			number = number.substring(prefix.length());
		}
		if (number.endsWith(".")) {
			number = number.substring(0, number.length() - 1);
		}
		if (number.matches("\\d{1,4}")) {
			int n = Integer.parseInt(number);
			return (n >= 1 && n <= tasks.size()) ? tasks.get(n - 1).id() : null;
		}
		String title = cell.strip().toLowerCase(Locale.ROOT);
		return tasks.stream()
			.filter((choice) -> title.equals(lower(choice.title().lv())) || title.equals(lower(choice.title().en())))
			.map(TaskChoice::id)
			.findFirst()
			.orElse(null);
	}

	/** A known kind word becomes the kind's name; anything else stays as typed. */
	private static String kind(String cell) {
		var kind = ProgressBulkEditing.kind(cell);
		return (kind != null) ? kind.name() : cell;
	}

	private static String lower(String text) {
		return (text != null) ? text.strip().toLowerCase(Locale.ROOT) : null;
	}

	/**
	 * A cell without its surrounding quotes (spreadsheets quote cells with line breaks).
	 */
	private static String cell(String[] cells, int index) {
		if (index >= cells.length) {
			return null;
		}
		String cell = cells[index].strip();
		if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
			cell = cell.substring(1, cell.length() - 1).replace("\"\"", "\"");
		}
		return FormTexts.blank(cell) ? null : cell;
	}

}
