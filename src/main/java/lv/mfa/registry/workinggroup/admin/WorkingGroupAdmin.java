package lv.mfa.registry.workinggroup.admin;

import java.util.List;

import org.hibernate.Hibernate;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.reference.Organisation;
import lv.mfa.registry.reference.OrganisationRepository;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.shared.Publication;
import lv.mfa.registry.shared.form.FormProblems;
import lv.mfa.registry.shared.form.Versions;
import lv.mfa.registry.workinggroup.WorkingGroup;
import lv.mfa.registry.workinggroup.WorkingGroupRepository;

/**
 * Working groups for coordinators: create, edit (a draft again after every save),
 * publish.
 */
@Service
@Transactional
class WorkingGroupAdmin {

	private final WorkingGroupRepository groups;

	private final OrganisationRepository organisations;

	WorkingGroupAdmin(WorkingGroupRepository groups, OrganisationRepository organisations) {
		this.groups = groups;
		this.organisations = organisations;
	}

	@Transactional(readOnly = true)
	List<WorkingGroup> list() {
		return this.groups.findAll(Sort.by("code"));
	}

	@Transactional(readOnly = true)
	List<Organisation> organisations() {
		return this.organisations.findAllByOrderByCode();
	}

	@Transactional(readOnly = true)
	WorkingGroup find(Long id) {
		WorkingGroup group = this.groups.findById(id).orElseThrow(() -> new NotFoundException("working group " + id));
		Hibernate.initialize(group.getOrganisation());
		return group;
	}

	/** Creates a draft working group; answers its id. */
	Long create(WorkingGroupForm form) {
		Organisation organisation = checkRules(null, form);
		WorkingGroup group = new WorkingGroup(form.code(), form.kind(), organisation, name(form));
		apply(group, form);
		return this.groups.save(group).getId();
	}

	/** Saves over the version the form was opened from; a draft again. */
	void update(Long id, WorkingGroupForm form) {
		WorkingGroup group = find(id);
		Versions.check(group.getVersion(), form.version());
		Organisation organisation = checkRules(id, form);
		group.change(form.code(), form.kind(), organisation, name(form));
		apply(group, form);
	}

	void publish(Long id, boolean published) {
		find(id).setPublication(published ? Publication.PUBLISHED : Publication.DRAFT);
	}

	/**
	 * The rules alone (a taken code, no name, an unknown council), each beside its field.
	 */
	@Transactional(readOnly = true)
	Organisation checkRules(Long id, WorkingGroupForm form) {
		FormProblems problems = new FormProblems();
		this.groups.findByCode(form.code())
			.filter((other) -> !other.getId().equals(id))
			.ifPresent((other) -> problems.reject("code", "admin.working-group.duplicate-code"));
		if (name(form).isEmpty()) {
			problems.reject("nameLv", "admin.form.title-required");
		}
		Organisation organisation = (form.organisationId() != null)
				? this.organisations.findById(form.organisationId()).orElse(null) : null;
		if (form.organisationId() != null && organisation == null) {
			problems.reject("organisationId", "admin.unknown-choice");
		}
		problems.throwIfAny();
		return organisation;
	}

	private static void apply(WorkingGroup group, WorkingGroupForm form) {
		LocalizedText description = LocalizedText.of(form.descriptionLv(), form.descriptionEn());
		group.setDescription(description.isEmpty() ? null : description);
		group.setMandate(form.mandateStart(), form.mandateEnd(), form.mandatePrecision());
		group.setPublication(Publication.DRAFT);
	}

	private static LocalizedText name(WorkingGroupForm form) {
		return LocalizedText.of(form.nameLv(), form.nameEn());
	}

}
