package lv.mfa.registry.project.admin;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.project.admin.ProjectForm.PartnerRow;
import lv.mfa.registry.presidency.PresidencyChoices;
import lv.mfa.registry.presidency.PresidencyRepository;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.priority.PriorityChoices;
import lv.mfa.registry.priority.PriorityRepository;
import lv.mfa.registry.project.Partner;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.reference.Country;
import lv.mfa.registry.reference.CountryRepository;
import lv.mfa.registry.reference.FundingProgramme;
import lv.mfa.registry.reference.FundingProgrammeRepository;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.shared.Publication;
import lv.mfa.registry.shared.form.FormProblems;
import lv.mfa.registry.shared.form.Versions;

/**
 * Projects and their partners for coordinators: every save makes the project a draft
 * until it is published.
 */
@Service
@Transactional
class ProjectEditing {

	private final AdminProjectRepository projects;

	private final FundingProgrammeRepository programmes;

	private final PresidencyRepository presidencies;

	private final PresidencyChoices presidencyChoices;

	private final PriorityChoices priorityChoices;

	private final PriorityRepository priorities;

	private final CountryRepository countries;

	private final EntityManager entityManager;

	ProjectEditing(AdminProjectRepository projects, FundingProgrammeRepository programmes,
			PresidencyRepository presidencies, PresidencyChoices presidencyChoices, PriorityRepository priorities,
			PriorityChoices priorityChoices, CountryRepository countries, EntityManager entityManager) {
		this.presidencyChoices = presidencyChoices;
		this.priorityChoices = priorityChoices;
		this.projects = projects;
		this.programmes = programmes;
		this.presidencies = presidencies;
		this.priorities = priorities;
		this.countries = countries;
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	List<Project> list() {
		return this.projects.findAllForAdmin();
	}

	/** The presidencies, priorities and partner countries the form offers. */
	@Transactional(readOnly = true)
	ProjectOptions options() {
		return new ProjectOptions(this.presidencyChoices.publishedFirst(), this.priorityChoices.findAllWithPresidency(),
				this.countries.findAllByOrderByCode());
	}

	@Transactional(readOnly = true)
	List<FundingProgramme> programmes() {
		return this.programmes.findAllByOrderByCode();
	}

	@Transactional(readOnly = true)
	Project find(Long id) {
		return this.projects.findWithPartners(id).orElseThrow(() -> new NotFoundException("project " + id));
	}

	@Transactional(readOnly = true)
	ProjectForm form(Long id) {
		return ProjectForm.of(find(id));
	}

	/** Saves a new project as a draft; answers its id. */
	Long create(ProjectForm form) {
		checkRules(null, form);
		Project project = new Project(form.key(), title(form), this.programmes.getReferenceById(form.programmeId()),
				form.status());
		applyFields(project, form);
		for (PartnerRow row : form.filledPartners()) {
			project.addPartner(LocalizedText.of(row.nameLv(), row.nameEn()), country(row), row.isLead());
		}
		return this.projects.save(project).getId();
	}

	/** Saves over the version the form was opened from; a newer one is refused. */
	void update(Long id, ProjectForm form) {
		Project project = find(id);
		Versions.check(project.getVersion(), form.version());
		checkRules(id, form);
		// The version rises even when only the partners change, so that two saves over
		// the same version always conflict.
		this.entityManager.lock(project, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		project.change(form.key(), title(form), this.programmes.getReferenceById(form.programmeId()), form.status());
		applyFields(project, form);
		// One lead partner per project, checked row by row: clear the old lead first.
		List<PartnerRow> rows = form.filledPartners();
		project.truncatePartners(rows.size());
		for (Partner partner : project.getPartners()) {
			partner.change(partner.getName(), partner.getCountry(), false);
		}
		this.entityManager.flush();
		for (int i = 0; i < rows.size(); i++) {
			PartnerRow row = rows.get(i);
			LocalizedText name = LocalizedText.of(row.nameLv(), row.nameEn());
			if (i < project.getPartners().size()) {
				project.getPartners().get(i).change(name, country(row), row.isLead());
			}
			else {
				project.addPartner(name, country(row), row.isLead());
			}
		}
	}

	void publish(Long id, boolean published) {
		find(id).setPublication(published ? Publication.PUBLISHED : Publication.DRAFT);
	}

	/** The rules alone, each beside its field; also for a form whose years are wrong. */
	@Transactional(readOnly = true)
	void checkRules(Long id, ProjectForm form) {
		FormProblems problems = new FormProblems();
		this.projects.findByKey(form.key())
			.filter((other) -> !other.getId().equals(id))
			.ifPresent((other) -> problems.reject("key", "admin.project.duplicate-key"));
		if (title(form).isEmpty()) {
			problems.reject("titleLv", "admin.form.title-required");
		}
		if (!this.programmes.existsById(form.programmeId())) {
			problems.reject("programmeId", "admin.unknown-choice");
		}
		if (form.presidencyId() != null && !this.presidencies.existsById(form.presidencyId())) {
			problems.reject("presidencyId", "admin.unknown-choice");
		}
		if (form.priorityId() != null) {
			Priority priority = this.priorities.findById(form.priorityId()).orElse(null);
			if (priority == null || !priority.getPresidency().getId().equals(form.presidencyId())) {
				problems.reject("priorityId", "admin.event.priority-of-other-presidency");
			}
		}
		List<PartnerRow> partners = form.partners();
		boolean leadSeen = false;
		for (int i = 0; i < partners.size(); i++) {
			PartnerRow row = partners.get(i);
			if (row.isBlank()) {
				continue;
			}
			if (row.isLead()) {
				if (leadSeen) {
					problems.reject("partners[" + i + "].lead", "admin.project.one-lead");
				}
				leadSeen = true;
			}
			if (row.countryCode() != null && !row.countryCode().isBlank()
					&& !this.countries.existsById(row.countryCode())) {
				problems.reject("partners[" + i + "].countryCode", "admin.unknown-choice");
			}
		}
		problems.throwIfAny();
	}

	private void applyFields(Project project, ProjectForm form) {
		project.setAcronym(blankToNull(form.acronym()));
		project.setYears(form.startYear(), form.endYear());
		project.setProgrammeReference(blankToNull(form.programmeReference()));
		project.setLongTermPriority(form.longTermPriority());
		LocalizedText description = LocalizedText.of(form.descriptionLv(), form.descriptionEn());
		project.setDescription(description.isEmpty() ? null : description);
		project.setPresidency(
				(form.presidencyId() != null) ? this.presidencies.getReferenceById(form.presidencyId()) : null);
		project.setPriority((form.priorityId() != null) ? this.priorities.getReferenceById(form.priorityId()) : null);
		project.setUrl(blankToNull(form.url()));
		project.setPublication(Publication.DRAFT);
	}

	private Country country(PartnerRow row) {
		return (row.countryCode() != null && !row.countryCode().isBlank())
				? this.countries.getReferenceById(row.countryCode()) : null;
	}

	private static LocalizedText title(ProjectForm form) {
		return LocalizedText.of(form.titleLv(), form.titleEn());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
