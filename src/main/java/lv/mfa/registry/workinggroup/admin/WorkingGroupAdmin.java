package lv.mfa.registry.workinggroup.admin;

import java.util.List;

import org.hibernate.Hibernate;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import lv.mfa.registry.reference.Organisation;
import lv.mfa.registry.reference.OrganisationRepository;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.shared.Publication;
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

	Long create(WorkingGroupForm form, Errors errors) {
		Organisation organisation = checkRules(null, form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		WorkingGroup group = new WorkingGroup(form.code(), form.kind(), organisation, name(form));
		apply(group, form);
		return this.groups.save(group).getId();
	}

	boolean update(Long id, WorkingGroupForm form, Errors errors) {
		WorkingGroup group = find(id);
		if (form.version() == null || form.version() != group.getVersion()) {
			errors.reject("admin.working-group.conflict");
			return false;
		}
		Organisation organisation = checkRules(id, form, errors);
		if (errors.hasErrors()) {
			return false;
		}
		group.change(form.code(), form.kind(), organisation, name(form));
		apply(group, form);
		return true;
	}

	void publish(Long id, boolean published) {
		find(id).setPublication(published ? Publication.PUBLISHED : Publication.DRAFT);
	}

	private Organisation checkRules(Long id, WorkingGroupForm form, Errors errors) {
		this.groups.findByCode(form.code())
			.filter((other) -> !other.getId().equals(id))
			.ifPresent((other) -> errors.rejectValue("code", "admin.working-group.duplicate-code"));
		if (name(form).isEmpty()) {
			errors.rejectValue("nameLv", "admin.event.title-required");
		}
		if (form.mandateStart() != null && form.mandateEnd() != null
				&& form.mandateEnd().isBefore(form.mandateStart())) {
			errors.rejectValue("mandateEnd", "admin.event.end-before-start");
		}
		Organisation organisation = (form.organisationId() != null)
				? this.organisations.findById(form.organisationId()).orElse(null) : null;
		if (form.organisationId() != null && organisation == null) {
			errors.rejectValue("organisationId", "admin.unknown-choice");
		}
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
