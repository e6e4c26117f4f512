package lv.mfa.registry.dataset.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import lv.mfa.registry.dataset.DatasetImporter.Loaded;
import lv.mfa.registry.dataset.DatasetProblem;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.priority.PriorityTask;
import lv.mfa.registry.priority.TaskProgress;
import lv.mfa.registry.shared.Publication;
import lv.mfa.registry.shared.text.ApproximateDate;
import lv.mfa.registry.shared.text.LocalizedText;

/**
 * Adds a spreadsheet's progress entries to the tasks of one priority: every row checked
 * first (task by number or title, date, kind, a text), and entries created only when no
 * row has a problem. Runs inside the caller's transaction.
 */
@Component
class ProgressSheetImport {

	static final String SECTION = "progress";

	private final EntityManager entityManager;

	private final MessageSource messages;

	ProgressSheetImport(EntityManager entityManager, MessageSource messages) {
		this.entityManager = entityManager;
		this.messages = messages;
	}

	/** One row as understood. */
	private record Entry(PriorityTask task, int taskNumber, ApproximateDate date, TaskProgress.Kind kind,
			LocalizedText text) {

		String identity() {
			return this.task.getId() + "|" + this.date + "|" + this.kind + "|" + this.text;
		}

	}

	List<Loaded> run(long priorityId, PendingImports.UploadedFile file, Locale locale, List<DatasetProblem> problems) {
		Priority priority = this.entityManager.find(Priority.class, priorityId);
		if (priority == null) {
			problems.add(new DatasetProblem(file.name(), 0, null, message("admin.import.no-priority", locale)));
			return List.of();
		}
		List<ProgressSheet.Row> rows;
		try {
			rows = ProgressSheet.read(file.name(), file.content());
		}
		catch (ProgressSheet.UnreadableException ex) {
			problems.add(new DatasetProblem(file.name(), 0, null, message(ex.messageKey(), locale)));
			return List.of();
		}
		List<PriorityTask> tasks = priority.getTasks();
		Set<String> existing = new HashSet<>();
		for (PriorityTask task : tasks) {
			for (TaskProgress entry : task.getProgress()) {
				existing.add(task.getId() + "|" + entry.getWhen() + "|" + entry.getKind() + "|" + entry.getText());
			}
		}
		List<Entry> entries = new ArrayList<>();
		Set<String> inFile = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			ProgressSheet.Row row = rows.get(i);
			if (row.isBlank() || (i == 0 && isHeader(row))) {
				continue;
			}
			Entry entry = entry(row, tasks, file.name(), locale, problems);
			if (entry == null) {
				continue;
			}
			if (existing.contains(entry.identity())) {
				problems.add(new DatasetProblem(file.name(), row.line(), "task",
						message("admin.import.entry-exists", locale, entry.taskNumber(), entry.date().iso())));
			}
			else if (!inFile.add(entry.identity())) {
				problems.add(new DatasetProblem(file.name(), row.line(), "task",
						message("admin.import.entry-twice", locale, entry.taskNumber(), entry.date().iso())));
			}
			else {
				entries.add(entry);
			}
		}
		if (!problems.isEmpty()) {
			return List.of();
		}
		List<Loaded> loaded = new ArrayList<>();
		for (Entry entry : entries) {
			addEntry(entry);
			loaded.add(new Loaded(SECTION, entry.taskNumber() + " · " + entry.date().iso(), entry.text()));
		}
		this.entityManager.flush();
		return loaded;
	}

	/**
	 * The one place an imported entry is made: published at once, since only coordinators
	 * import.
	 */
	private static void addEntry(Entry entry) {
		entry.task().addProgress(entry.date(), entry.kind(), entry.text()).setPublication(Publication.PUBLISHED);
	}

	/** A first row whose date and kind cells are neither is a row of column names. */
	private static boolean isHeader(ProgressSheet.Row row) {
		return SheetDates.parse(row.cell(1)).isEmpty() && kind(row.cell(2)).isEmpty();
	}

	private Entry entry(ProgressSheet.Row row, List<PriorityTask> tasks, String file, Locale locale,
			List<DatasetProblem> problems) {
		int before = problems.size();
		String taskCell = row.cell(0);
		int taskNumber = 0;
		PriorityTask task = null;
		if (taskCell.matches("\\d{1,4}")) {
			taskNumber = Integer.parseInt(taskCell);
			task = (taskNumber >= 1 && taskNumber <= tasks.size()) ? tasks.get(taskNumber - 1) : null;
		}
		else {
			for (int i = 0; i < tasks.size() && task == null; i++) {
				LocalizedText title = tasks.get(i).getTitle();
				if (!taskCell.isEmpty() && (taskCell.equalsIgnoreCase(strip(title.lv()))
						|| taskCell.equalsIgnoreCase(strip(title.en())))) {
					task = tasks.get(i);
					taskNumber = i + 1;
				}
			}
		}
		if (task == null) {
			problems.add(new DatasetProblem(file, row.line(), "task",
					message("admin.import.unknown-task", locale, taskCell, tasks.size())));
		}
		Optional<ApproximateDate> date = SheetDates.parse(row.cell(1));
		if (date.isEmpty()) {
			problems.add(new DatasetProblem(file, row.line(), "date",
					message("admin.import.bad-date", locale, row.cell(1))));
		}
		Optional<TaskProgress.Kind> kind = kind(row.cell(2));
		if (kind.isEmpty()) {
			problems.add(new DatasetProblem(file, row.line(), "kind",
					message("admin.import.bad-kind", locale, row.cell(2))));
		}
		LocalizedText text = LocalizedText.of(row.cell(3), row.cell(4));
		if (text.isEmpty()) {
			problems.add(new DatasetProblem(file, row.line(), "text", message("admin.import.no-text", locale)));
		}
		return (problems.size() > before) ? null
				: new Entry(task, taskNumber, date.orElseThrow(), kind.orElseThrow(), text);
	}

	/** done / planned, in English or Latvian, any case. */
	private static Optional<TaskProgress.Kind> kind(String cell) {
		return switch (cell.strip().toLowerCase(Locale.ROOT)) {
			case "done", "paveikts", "paveikta", "paveikti" -> Optional.of(TaskProgress.Kind.DONE);
			case "planned", "plānots", "plānota", "plānoti" -> Optional.of(TaskProgress.Kind.PLANNED);
			default -> Optional.empty();
		};
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : "";
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
