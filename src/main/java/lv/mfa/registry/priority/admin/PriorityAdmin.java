package lv.mfa.registry.priority.admin;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.hibernate.Hibernate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import lv.mfa.registry.priority.admin.PriorityForm.TaskRow;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.priority.PriorityChoices;
import lv.mfa.registry.priority.PriorityRepository;
import lv.mfa.registry.priority.PriorityTask;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.InstitutionRepository;
import lv.mfa.registry.shared.LocalizedText;
import lv.mfa.registry.shared.NotFoundException;

/** Coordinators edit a priority's texts, lead institutions and tasks. */
@Service
@Transactional
class PriorityAdmin {

	private final PriorityRepository priorities;

	private final PriorityChoices adminPriorities;

	private final InstitutionRepository institutions;

	private final EntityManager entityManager;

	PriorityAdmin(PriorityRepository priorities, PriorityChoices adminPriorities, InstitutionRepository institutions,
			EntityManager entityManager) {
		this.priorities = priorities;
		this.adminPriorities = adminPriorities;
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

	/** Saves over the version the form was opened from; a newer one is refused. */
	boolean update(Long id, PriorityForm form, Errors errors) {
		Priority priority = find(id);
		if (form.version() == null || form.version() != priority.getVersion()) {
			errors.reject("admin.priority.conflict");
			return false;
		}
		if (LocalizedText.of(form.titleLv(), form.titleEn()).isEmpty()) {
			errors.rejectValue("titleLv", "admin.event.title-required");
		}
		for (int i = 0; i < form.tasks().size(); i++) {
			TaskRow row = form.tasks().get(i);
			if (row.id() != null && row.isBlank()) {
				errors.rejectValue("tasks[" + i + "].titleLv", "admin.event.title-required");
			}
			if (row.id() != null && priority.getTasks().stream().noneMatch((task) -> task.getId().equals(row.id()))) {
				errors.reject("admin.unknown-choice");
			}
		}
		Set<Institution> leads = new LinkedHashSet<>(this.institutions.findAllById(form.leadInstitutionIds()));
		if (leads.size() != new LinkedHashSet<>(form.leadInstitutionIds()).size()) {
			errors.rejectValue("leadInstitutionIds", "admin.unknown-choice");
		}
		if (errors.hasErrors()) {
			return false;
		}
		// Task changes alone raise the priority's version too.
		this.entityManager.lock(priority, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		priority.setTitle(LocalizedText.of(form.titleLv(), form.titleEn()));
		priority.setGoal(optional(form.goalLv(), form.goalEn()));
		priority.setNarrative(optional(form.narrativeLv(), form.narrativeEn()));
		priority.getLeadInstitutions().retainAll(leads);
		priority.getLeadInstitutions().addAll(leads);
		for (TaskRow row : form.tasks()) {
			LocalizedText title = LocalizedText.of(row.titleLv(), row.titleEn());
			if (row.id() != null) {
				for (PriorityTask task : priority.getTasks()) {
					if (task.getId().equals(row.id())) {
						task.setTitle(title);
					}
				}
			}
			else if (!row.isBlank()) {
				priority.addTask(title);
			}
		}
		return true;
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

}
