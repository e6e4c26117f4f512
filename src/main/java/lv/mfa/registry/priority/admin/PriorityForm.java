package lv.mfa.registry.priority.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.shared.form.FormTexts;

/**
 * A priority's number, texts (the free texts before and after its task table among them),
 * lead institutions and task titles; empty task rows at the end add new tasks. Tasks keep
 * their identity (their progress belongs to them), so rows are matched to tasks by id. A
 * new priority names its presidency; a blank number means the next one.
 */
record PriorityForm(Long version, Long presidencyId, @Positive Integer number, @Size(max = 500) String titleLv,
		@Size(max = 500) String titleEn, @Size(max = 20000) String goalLv, @Size(max = 20000) String goalEn,
		@Size(max = 50000) String narrativeLv, @Size(max = 50000) String narrativeEn,
		@Size(max = 50000) String beforeTasksLv, @Size(max = 50000) String beforeTasksEn,
		@Size(max = 50000) String afterTasksLv, @Size(max = 50000) String afterTasksEn, List<Long> leadInstitutionIds,
		List<@Valid TaskRow> tasks) {

	/** Empty rows offered for new tasks; "more rows" adds as many again. */
	static final int NEW_ROWS = 3;

	PriorityForm {
		leadInstitutionIds = (leadInstitutionIds != null) ? new ArrayList<>(leadInstitutionIds) : new ArrayList<>();
		leadInstitutionIds.removeIf(Objects::isNull);
		// Gaps in the row numbers (a hand-made request) bind as nulls, skipped when
		// saving;
		// the rows keep their indices for the errors beside them.
		tasks = (tasks != null) ? new ArrayList<>(tasks) : new ArrayList<>();
	}

	record TaskRow(Long id, @Size(max = 4000) String titleLv, @Size(max = 4000) String titleEn) {

		boolean isBlank() {
			return FormTexts.blank(this.titleLv) && FormTexts.blank(this.titleEn);
		}

	}

	static PriorityForm empty(Long presidencyId) {
		return new PriorityForm(null, presidencyId, null, null, null, null, null, null, null, null, null, null, null,
				null, null)
			.withNewRows();
	}

	static PriorityForm of(Priority priority) {
		List<Long> leads = new ArrayList<>();
		priority.getLeadInstitutions().forEach((institution) -> leads.add(institution.getId()));
		List<TaskRow> tasks = new ArrayList<>();
		priority.getTasks()
			.forEach((task) -> tasks
				.add(new TaskRow(task.getId(), FormTexts.lv(task.getTitle()), FormTexts.en(task.getTitle()))));
		return new PriorityForm(priority.getVersion(), priority.getPresidency().getId(), priority.getNumber(),
				FormTexts.lv(priority.getTitle()), FormTexts.en(priority.getTitle()), FormTexts.lv(priority.getGoal()),
				FormTexts.en(priority.getGoal()), FormTexts.lv(priority.getNarrative()),
				FormTexts.en(priority.getNarrative()), FormTexts.lv(priority.getBeforeTasks()),
				FormTexts.en(priority.getBeforeTasks()), FormTexts.lv(priority.getAfterTasks()),
				FormTexts.en(priority.getAfterTasks()), leads, tasks)
			.withNewRows();
	}

	/** The same form with {@link #NEW_ROWS} more empty rows for new tasks. */
	PriorityForm withNewRows() {
		for (int i = 0; i < NEW_ROWS; i++) {
			this.tasks.add(new TaskRow(null, null, null));
		}
		return this;
	}

}
