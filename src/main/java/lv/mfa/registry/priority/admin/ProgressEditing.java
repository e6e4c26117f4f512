package lv.mfa.registry.priority.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.presidency.PresidencyChoices;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.priority.PriorityTask;
import lv.mfa.registry.priority.TaskProgress;
import lv.mfa.registry.security.StaffUser;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.shared.Publication;
import lv.mfa.registry.shared.form.FormProblems;
import lv.mfa.registry.shared.form.Versions;
import lv.mfa.registry.shared.text.ApproximateDate;
import lv.mfa.registry.shared.text.InvalidApproximateDateException;

/**
 * Progress entries of the priorities' tasks: editors of a priority's lead institution and
 * coordinators write them. Every save makes the entry a draft, as for events; only a
 * coordinator publishes (one entry, or every draft of a priority), or saves and publishes
 * at once.
 */
@Service
@Transactional
class ProgressEditing {

	private final AdminProgressRepository tasks;

	private final PresidencyChoices presidencies;

	private final EntityManager entityManager;

	ProgressEditing(AdminProgressRepository tasks, PresidencyChoices presidencies, EntityManager entityManager) {
		this.tasks = tasks;
		this.presidencies = presidencies;
		this.entityManager = entityManager;
	}

	/** The presidencies the list offers, the default (newest published) first. */
	@Transactional(readOnly = true)
	List<Presidency> presidencies() {
		return this.presidencies.publishedFirst();
	}

	/**
	 * A presidency's tasks as this user may see them: coordinators and the lead
	 * institution's editors everything, other editors only what is published, as for
	 * events (a draft is the other institution's work in progress).
	 */
	@Transactional(readOnly = true)
	List<TaskRow> tasks(Long presidencyId, StaffUser user) {
		List<TaskRow> rows = new ArrayList<>();
		for (PriorityTask task : this.tasks.findTasksWithProgress(presidencyId)) {
			// Lead institutions are read in batches (default_batch_fetch_size).
			if (mayChange(task.getPriority(), user)) {
				rows.add(new TaskRow(task, List.copyOf(task.getProgress())));
			}
			else if (task.isPublished()) {
				rows.add(new TaskRow(task, task.getProgress().stream().filter(TaskProgress::isPublished).toList()));
			}
		}
		return rows;
	}

	/**
	 * A task in the list with the entries its reader may see; a copy, so that leaving
	 * some out never touches the task's own (orphan-removing) collection.
	 */
	record TaskRow(PriorityTask task, List<TaskProgress> entries) {

	}

	@Transactional(readOnly = true)
	PriorityTask task(Long taskId, StaffUser user) {
		PriorityTask task = this.tasks.findTask(taskId).orElseThrow(() -> new NotFoundException("task " + taskId));
		checkMayChange(task.getPriority(), user);
		return task;
	}

	@Transactional(readOnly = true)
	TaskProgress entry(Long entryId, StaffUser user) {
		TaskProgress entry = this.tasks.findEntry(entryId)
			.orElseThrow(() -> new NotFoundException("progress " + entryId));
		checkMayChange(entry.getTask().getPriority(), user);
		return entry;
	}

	/**
	 * Adds an entry, a draft unless a coordinator publishes it with the save; answers the
	 * presidency whose list to return to.
	 * @throws lv.mfa.registry.shared.form.FormRuleException naming every broken rule
	 */
	Long add(Long taskId, ProgressForm form, boolean publish, StaffUser user) {
		PriorityTask task = task(taskId, user);
		Publication publication = publication(publish, user);
		ApproximateDate when = checkRules(form);
		task.addProgress(when, form.kind(), form.text()).setPublication(publication);
		return task.getPriority().getPresidency().getId();
	}

	/**
	 * Saves over the version the form was opened from. The entry becomes a draft unless a
	 * coordinator publishes it with the save.
	 */
	void update(Long entryId, ProgressForm form, boolean publish, StaffUser user) {
		TaskProgress entry = entry(entryId, user);
		Publication publication = publication(publish, user);
		Versions.check(entry.getVersion(), form.version());
		ApproximateDate when = checkRules(form);
		entry.change(when, form.kind(), form.text());
		entry.setPublication(publication);
	}

	/**
	 * Publishes or withdraws one entry; answers the presidency whose list to return to.
	 */
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	Long publish(Long entryId, boolean published) {
		TaskProgress entry = this.tasks.findEntry(entryId)
			.orElseThrow(() -> new NotFoundException("progress " + entryId));
		entry.setPublication(published ? Publication.PUBLISHED : Publication.DRAFT);
		return entry.getTask().getPriority().getPresidency().getId();
	}

	/**
	 * Publishes every draft of a priority, its tasks and their entries; answers how many.
	 */
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	Published publishAll(Long priorityId) {
		Priority priority = this.entityManager.find(Priority.class, priorityId);
		if (priority == null) {
			throw new NotFoundException("priority " + priorityId);
		}
		int published = 0;
		for (PriorityTask task : priority.getTasks()) {
			if (!task.isPublished()) {
				task.setPublication(Publication.PUBLISHED);
				published++;
			}
			for (TaskProgress entry : task.getProgress()) {
				if (!entry.isPublished()) {
					entry.setPublication(Publication.PUBLISHED);
					published++;
				}
			}
		}
		return new Published(priority.getPresidency().getId(), published);
	}

	/** How many drafts publishing a priority's published, and its presidency. */
	record Published(Long presidencyId, int count) {

	}

	/** The drafts (tasks and entries) of each priority in the list, by priority id. */
	static Map<Long, Long> draftsByPriority(List<TaskRow> rows) {
		Map<Long, Long> drafts = new HashMap<>();
		for (TaskRow row : rows) {
			long count = (row.task().isPublished() ? 0 : 1)
					+ row.entries().stream().filter((entry) -> !entry.isPublished()).count();
			drafts.merge(row.task().getPriority().getId(), count, Long::sum);
		}
		return drafts;
	}

	/** What a save makes of an entry; asking to publish is a coordinator's right. */
	static Publication publication(boolean publish, StaffUser user) {
		if (publish && !user.isCoordinator()) {
			throw new AccessDeniedException("only coordinators publish");
		}
		return publish ? Publication.PUBLISHED : Publication.DRAFT;
	}

	/** Deletes an entry; answers the presidency whose list to return to. */
	Long delete(Long entryId, StaffUser user) {
		TaskProgress entry = entry(entryId, user);
		Long presidencyId = entry.getTask().getPriority().getPresidency().getId();
		entry.getTask().getProgress().remove(entry);
		this.entityManager.remove(entry);
		return presidencyId;
	}

	/**
	 * Moves an entry one place up or down among its task's entries; answers the
	 * presidency whose list to return to.
	 */
	Long move(Long entryId, boolean up, StaffUser user) {
		TaskProgress entry = entry(entryId, user);
		entry.getTask().move(entry, up);
		return entry.getTask().getPriority().getPresidency().getId();
	}

	static boolean mayChange(Priority priority, StaffUser user) {
		return user.isCoordinator() || (user.getInstitutionId() != null && priority.getLeadInstitutions()
			.stream()
			.anyMatch((institution) -> user.getInstitutionId().equals(institution.getId())));
	}

	private static void checkMayChange(Priority priority, StaffUser user) {
		if (!mayChange(priority, user)) {
			throw new AccessDeniedException("priority " + priority.getId() + " is led by another institution");
		}
	}

	/** Reads the date and checks the texts; answers the date. */
	private static ApproximateDate checkRules(ProgressForm form) {
		FormProblems problems = new FormProblems();
		ApproximateDate when = null;
		try {
			when = ApproximateDate.parse(form.when());
		}
		catch (InvalidApproximateDateException ex) {
			problems.reject("when", ex.getMessageKey(), ex.getTyped());
		}
		if (form.text().isEmpty()) {
			problems.reject("textLv", "admin.progress.text-required");
		}
		problems.throwIfAny();
		return when;
	}

}
