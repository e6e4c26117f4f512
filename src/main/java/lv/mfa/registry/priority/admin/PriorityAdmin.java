package lv.mfa.registry.priority.admin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.hibernate.Hibernate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.presidency.PresidencyChoices;
import lv.mfa.registry.presidency.PresidencyRepository;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.priority.PriorityChoices;
import lv.mfa.registry.priority.PriorityRepository;
import lv.mfa.registry.priority.PriorityTask;
import lv.mfa.registry.priority.admin.PriorityForm.TaskRow;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.InstitutionRepository;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.shared.Publication;
import lv.mfa.registry.shared.form.Dependant;
import lv.mfa.registry.shared.form.FormProblems;
import lv.mfa.registry.shared.form.Versions;

/**
 * Coordinators set up a presidency's priorities: number, texts, lead institutions and
 * tasks (added, renamed, moved, deleted).
 */
@Service
@Transactional
class PriorityAdmin {

	private final PriorityRepository priorities;

	private final PriorityChoices adminPriorities;

	private final PriorityDependants dependants;

	private final PresidencyRepository presidencies;

	private final PresidencyChoices presidencyChoices;

	private final InstitutionRepository institutions;

	private final EntityManager entityManager;

	PriorityAdmin(PriorityRepository priorities, PriorityChoices adminPriorities, PriorityDependants dependants,
			PresidencyRepository presidencies, PresidencyChoices presidencyChoices, InstitutionRepository institutions,
			EntityManager entityManager) {
		this.priorities = priorities;
		this.adminPriorities = adminPriorities;
		this.dependants = dependants;
		this.presidencies = presidencies;
		this.presidencyChoices = presidencyChoices;
		this.institutions = institutions;
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	List<Priority> list() {
		return this.adminPriorities.findAllWithPresidency();
	}

	@Transactional(readOnly = true)
	Priority find(Long id) {
		Priority priority = this.priorities.findById(id).orElseThrow(() -> new NotFoundException("priority " + id));
		Hibernate.initialize(priority.getPresidency());
		Hibernate.initialize(priority.getLeadInstitutions());
		Hibernate.initialize(priority.getTasks());
		return priority;
	}

	@Transactional(readOnly = true)
	PriorityForm form(Long id) {
		return PriorityForm.of(find(id));
	}

	/**
	 * A new priority of a presidency with its first tasks; its id.
	 * @throws lv.mfa.registry.shared.form.FormRuleException naming every broken rule
	 */
	Long create(PriorityForm form, boolean publish) {
		FormProblems problems = new FormProblems();
		Presidency presidency = (form.presidencyId() != null)
				? this.presidencies.findById(form.presidencyId()).orElse(null) : null;
		if (presidency == null) {
			problems.reject("presidencyId", "admin.unknown-choice");
		}
		Set<Institution> leads = check(form, null, problems);
		int number = (form.number() != null) ? form.number()
				: (presidency != null) ? this.dependants.maxNumber(presidency.getId()) + 1 : 1;
		if (presidency != null && this.priorities.findByPresidencyIdAndNumber(presidency.getId(), number).isPresent()) {
			problems.reject("number", "admin.priority.number-taken");
		}
		problems.throwIfAny();
		Priority priority = new Priority(presidency, number, LocalizedText.of(form.titleLv(), form.titleEn()));
		fill(priority, form, leads, publish);
		return this.priorities.save(priority).getId();
	}

	/**
	 * Saves over the version the form was opened from. A number another priority of the
	 * presidency has swaps the two.
	 */
	void update(Long id, PriorityForm form, boolean publish) {
		Priority priority = find(id);
		Versions.check(priority.getVersion(), form.version());
		FormProblems problems = new FormProblems();
		Set<Institution> leads = check(form, priority, problems);
		problems.throwIfAny();
		// Task changes alone raise the priority's version too.
		this.entityManager.lock(priority, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		if (form.number() != null && form.number() != priority.getNumber()) {
			renumber(priority, form.number());
		}
		fill(priority, form, leads, publish);
	}

	private Set<Institution> check(PriorityForm form, Priority priority, FormProblems problems) {
		if (LocalizedText.of(form.titleLv(), form.titleEn()).isEmpty()) {
			problems.reject("titleLv", "admin.event.title-required");
		}
		for (int i = 0; i < form.tasks().size(); i++) {
			TaskRow row = form.tasks().get(i);
			if (row == null) {
				continue;
			}
			if (row.id() != null && row.isBlank()) {
				problems.reject("tasks[" + i + "].titleLv", "admin.priority.task-title-required");
			}
			if (row.id() != null && (priority == null
					|| priority.getTasks().stream().noneMatch((task) -> task.getId().equals(row.id())))) {
				problems.rejectForm("admin.unknown-choice");
			}
		}
		Set<Institution> leads = new LinkedHashSet<>(this.institutions.findAllById(form.leadInstitutionIds()));
		if (leads.size() != new LinkedHashSet<>(form.leadInstitutionIds()).size()) {
			problems.reject("leadInstitutionIds", "admin.unknown-choice");
		}
		return leads;
	}

	/**
	 * Copies the form; a new task or a changed title is a draft again, unless the
	 * coordinator saves and publishes, which publishes every task of the priority.
	 */
	private static void fill(Priority priority, PriorityForm form, Set<Institution> leads, boolean publish) {
		priority.setTitle(LocalizedText.of(form.titleLv(), form.titleEn()));
		priority.setGoal(optional(form.goalLv(), form.goalEn()));
		priority.setNarrative(optional(form.narrativeLv(), form.narrativeEn()));
		priority.setBeforeTasks(optional(form.beforeTasksLv(), form.beforeTasksEn()));
		priority.setAfterTasks(optional(form.afterTasksLv(), form.afterTasksEn()));
		priority.getLeadInstitutions().retainAll(leads);
		priority.getLeadInstitutions().addAll(leads);
		for (TaskRow row : form.tasks()) {
			if (row == null) {
				continue;
			}
			LocalizedText title = LocalizedText.of(row.titleLv(), row.titleEn());
			if (row.id() != null) {
				for (PriorityTask task : priority.getTasks()) {
					if (row.id().equals(task.getId()) && !sameText(title, task.getTitle())) {
						task.setTitle(title);
						task.setPublication(Publication.DRAFT);
					}
				}
			}
			else if (!row.isBlank()) {
				priority.addTask(title);
			}
		}
		if (publish) {
			priority.getTasks().forEach((task) -> task.setPublication(Publication.PUBLISHED));
		}
	}

	/** Publishes or withdraws one task (its published entries show with it). */
	void publishTask(Long id, Long taskId, boolean published) {
		Priority priority = find(id);
		priority.getTasks()
			.get(indexOf(priority.getTasks(), taskId))
			.setPublication(published ? Publication.PUBLISHED : Publication.DRAFT);
	}

	/**
	 * Numbers are unique in a presidency: the holder of the wanted one takes this one's.
	 */
	private void renumber(Priority priority, int number) {
		int old = priority.getNumber();
		Priority holder = this.priorities.findByPresidencyIdAndNumber(priority.getPresidency().getId(), number)
			.orElse(null);
		if (holder != null) {
			holder.renumber(this.dependants.maxNumber(priority.getPresidency().getId()) + 1);
			this.entityManager.flush();
		}
		priority.renumber(number);
		this.entityManager.flush();
		if (holder != null) {
			holder.renumber(old);
		}
	}

	/** Moves a task one place up (step -1) or down (+1); at either end nothing moves. */
	void moveTask(Long id, Long taskId, int step) {
		Priority priority = find(id);
		List<PriorityTask> tasks = priority.getTasks();
		int index = indexOf(tasks, taskId);
		int other = index + step;
		if (other < 0 || other >= tasks.size()) {
			return;
		}
		PriorityTask a = tasks.get(index);
		PriorityTask b = tasks.get(other);
		int positionA = a.getPosition();
		int positionB = b.getPosition();
		// Positions are unique: park one beyond the last before the swap.
		a.placeAt(tasks.stream().mapToInt(PriorityTask::getPosition).max().orElse(0) + 1);
		this.entityManager.flush();
		b.placeAt(positionA);
		this.entityManager.flush();
		a.placeAt(positionB);
	}

	/** How many progress entries go with a task when it is deleted. */
	@Transactional(readOnly = true)
	long entriesOf(Long id, Long taskId) {
		indexOf(find(id).getTasks(), taskId);
		return this.dependants.countTaskEntries(taskId);
	}

	/** Deletes a task with its progress entries. */
	void deleteTask(Long id, Long taskId) {
		Priority priority = find(id);
		priority.removeTask(priority.getTasks().get(indexOf(priority.getTasks(), taskId)));
	}

	private static int indexOf(List<PriorityTask> tasks, Long taskId) {
		for (int i = 0; i < tasks.size(); i++) {
			if (tasks.get(i).getId().equals(taskId)) {
				return i;
			}
		}
		throw new NotFoundException("task " + taskId);
	}

	/** What refers to the priority and keeps it from being deleted. */
	@Transactional(readOnly = true)
	List<Dependant> dependants(Long id) {
		List<Dependant> attached = new ArrayList<>();
		add(attached, "admin.presidency.depends.events", this.dependants.countEvents(id));
		add(attached, "admin.presidency.depends.projects", this.dependants.countProjects(id));
		add(attached, "admin.presidency.depends.working-groups", this.dependants.countWorkingGroupRoles(id));
		return attached;
	}

	/** The progress entries that go with the priority's tasks when it is deleted. */
	@Transactional(readOnly = true)
	long entries(Long id) {
		return this.dependants.countEntries(id);
	}

	/** Deletes the priority with its tasks and entries, or answers what refers to it. */
	List<Dependant> delete(Long id) {
		Priority priority = find(id);
		List<Dependant> attached = dependants(id);
		if (attached.isEmpty()) {
			this.priorities.delete(priority);
		}
		return attached;
	}

	private static void add(List<Dependant> dependants, String key, long count) {
		if (count > 0) {
			dependants.add(new Dependant(key, count));
		}
	}

	/**
	 * Whether a title came back as it was: a browser returns a text area's line ends as
	 * CRLF and drops surrounding blanks, which is no change worth a new draft.
	 */
	private static boolean sameText(LocalizedText typed, LocalizedText stored) {
		return stored != null && Objects.equals(normal(typed.lv()), normal(stored.lv()))
				&& Objects.equals(normal(typed.en()), normal(stored.en()));
	}

	private static String normal(String text) {
		return (text != null) ? text.replace("\r\n", "\n").strip() : null;
	}

	private static LocalizedText optional(String lv, String en) {
		LocalizedText text = LocalizedText.of(lv, en);
		return text.isEmpty() ? null : text;
	}

	/** The institutions the form offers, by code. */
	@Transactional(readOnly = true)
	List<Institution> institutions() {
		return this.institutions.findAllByOrderByCode();
	}

	@Transactional(readOnly = true)
	List<Presidency> presidencies() {
		List<Presidency> all = this.presidencyChoices.publishedFirst();
		all.forEach((p) -> {
			Hibernate.initialize(p.getOrganisation());
			Hibernate.initialize(p.getCountry());
		});
		return all;
	}

}
