package lv.mfa.registry.priority.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.priority.PriorityTask;
import lv.mfa.registry.priority.TaskProgress;
import lv.mfa.registry.security.StaffUser;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.shared.Publication;
import lv.mfa.registry.shared.form.FormProblems;
import lv.mfa.registry.shared.text.ApproximateDate;
import lv.mfa.registry.shared.text.InvalidApproximateDateException;
import lv.mfa.registry.shared.text.LocalizedText;

/**
 * Many progress entries of one priority saved at once: all of them, or none when any row
 * is wrong.
 */
@Service
@Transactional
class ProgressBulkEditing {

	/** Words a kind is given as, in Latvian and English (lower case). */
	private static final Map<String, TaskProgress.Kind> KIND_WORDS = Map.ofEntries(
			Map.entry("done", TaskProgress.Kind.DONE), Map.entry("paveikts", TaskProgress.Kind.DONE),
			Map.entry("paveikta", TaskProgress.Kind.DONE), Map.entry("izpildīts", TaskProgress.Kind.DONE),
			Map.entry("izpildīta", TaskProgress.Kind.DONE), Map.entry("planned", TaskProgress.Kind.PLANNED),
			Map.entry("plānots", TaskProgress.Kind.PLANNED), Map.entry("plānota", TaskProgress.Kind.PLANNED),
			Map.entry("planots", TaskProgress.Kind.PLANNED), Map.entry("planota", TaskProgress.Kind.PLANNED));

	private final EntityManager entityManager;

	ProgressBulkEditing(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * What the bulk page shows of a priority: its number, title, tasks in order and how
	 * many of its tasks and entries are drafts.
	 */
	record PriorityTasks(Long id, Long presidencyId, int number, LocalizedText title, List<TaskChoice> tasks,
			long drafts) {

	}

	/** A task as the page offers it: numbered from 1 in the priority's order. */
	record TaskChoice(Long id, int number, LocalizedText title) {

	}

	/**
	 * One entry to add, as typed: row (0-based) of the page, task id, date, kind word,
	 * text.
	 */
	record NewEntry(int row, Long taskId, String taskTyped, String when, String kind, LocalizedText text) {

	}

	@Transactional(readOnly = true)
	PriorityTasks priority(Long priorityId, StaffUser user) {
		Priority priority = load(priorityId, user);
		List<TaskChoice> tasks = new ArrayList<>();
		priority.getTasks()
			.forEach((task) -> tasks.add(new TaskChoice(task.getId(), tasks.size() + 1, task.getTitle())));
		long draftTasks = priority.getTasks().stream().filter((task) -> !task.isPublished()).count();
		long draftEntries = this.entityManager
			.createQuery("select count(e) from TaskProgress e where e.task.priority.id = :id"
					+ " and e.publication = :draft", Long.class)
			.setParameter("id", priorityId)
			.setParameter("draft", Publication.DRAFT)
			.getSingleResult();
		return new PriorityTasks(priority.getId(), priority.getPresidency().getId(), priority.getNumber(),
				priority.getTitle(), tasks, draftTasks + draftEntries);
	}

	/**
	 * Adds every entry at the end of its task's order; answers the new entries' ids in
	 * the order given: drafts, or published when a coordinator asks.
	 * @throws lv.mfa.registry.shared.form.FormRuleException naming every row problem
	 * beside its cell ({@code rows[i].field}, with what was typed); nothing is saved then
	 */
	List<Long> addAll(Long priorityId, List<NewEntry> entries, boolean publish, StaffUser user) {
		Priority priority = load(priorityId, user);
		Publication publication = ProgressEditing.publication(publish, user);
		FormProblems problems = new FormProblems();
		List<Runnable> additions = new ArrayList<>();
		List<TaskProgress> added = new ArrayList<>();
		for (NewEntry entry : entries) {
			PriorityTask task = priority.getTasks()
				.stream()
				.filter((candidate) -> candidate.getId().equals(entry.taskId()))
				.findFirst()
				.orElse(null);
			String row = "rows[" + entry.row() + "].";
			if (task == null) {
				problems.reject(row + "task", (entry.taskTyped() != null) ? "admin.progress.bulk.task-unknown"
						: "admin.progress.bulk.task-required", entry.taskTyped());
			}
			ApproximateDate when = null;
			try {
				when = ApproximateDate.parse(entry.when());
			}
			catch (InvalidApproximateDateException ex) {
				problems.reject(row + "when", ex.getMessageKey(), ex.getTyped());
			}
			TaskProgress.Kind kind = kind(entry.kind());
			if (kind == null) {
				problems.reject(
						row + "kind", (entry.kind() == null || entry.kind().isBlank())
								? "admin.progress.bulk.kind-required" : "admin.progress.bulk.kind-unknown",
						entry.kind());
			}
			if (entry.text().isEmpty()) {
				problems.reject(row + "textLv", "admin.progress.text-required");
			}
			ApproximateDate date = when;
			additions.add(() -> {
				TaskProgress saved = task.addProgress(date, kind, entry.text());
				saved.setPublication(publication);
				added.add(saved);
			});
		}
		problems.throwIfAny();
		additions.forEach(Runnable::run);
		this.entityManager.flush();
		return added.stream().map(TaskProgress::getId).toList();
	}

	/** The kind a word names (Latvian or English, any case), or null. */
	static TaskProgress.Kind kind(String word) {
		if (word == null) {
			return null;
		}
		String key = word.strip().toLowerCase(Locale.ROOT);
		for (TaskProgress.Kind kind : TaskProgress.Kind.values()) {
			if (kind.name().equalsIgnoreCase(key)) {
				return kind;
			}
		}
		return KIND_WORDS.get(key);
	}

	private Priority load(Long priorityId, StaffUser user) {
		Priority priority = this.entityManager.find(Priority.class, priorityId);
		if (priority == null) {
			throw new NotFoundException("priority " + priorityId);
		}
		if (!ProgressEditing.mayChange(priority, user)) {
			throw new AccessDeniedException("priority " + priorityId + " is led by another institution");
		}
		return priority;
	}

}
