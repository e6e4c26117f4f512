package lv.mfa.registry.presidency.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hibernate.Hibernate;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.presidency.PresidencyRepository;
import lv.mfa.registry.reference.Country;
import lv.mfa.registry.reference.CountryRepository;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.InstitutionRepository;
import lv.mfa.registry.reference.Organisation;
import lv.mfa.registry.reference.OrganisationRepository;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.shared.Publication;
import lv.mfa.registry.shared.form.Dependant;
import lv.mfa.registry.shared.form.FormProblems;
import lv.mfa.registry.shared.form.FormTexts;
import lv.mfa.registry.shared.form.Versions;

/**
 * Presidencies for coordinators and admins: set up a new one, change every field, publish
 * or withdraw it, and delete one that nothing is attached to.
 */
@Service
@Transactional
class PresidencyAdmin {

	private final PresidencyRepository presidencies;

	private final PresidencyDependants dependants;

	private final InstitutionRepository institutions;

	private final OrganisationRepository organisations;

	private final CountryRepository countries;

	PresidencyAdmin(PresidencyRepository presidencies, PresidencyDependants dependants,
			InstitutionRepository institutions, OrganisationRepository organisations, CountryRepository countries) {
		this.presidencies = presidencies;
		this.dependants = dependants;
		this.institutions = institutions;
		this.organisations = organisations;
		this.countries = countries;
	}

	@Transactional(readOnly = true)
	List<Presidency> list() {
		List<Presidency> all = this.presidencies.findAll(Sort.by(Sort.Direction.DESC, "periodStart"));
		// Organisation and country of every row in one batch each.
		all.forEach((p) -> {
			Hibernate.initialize(p.getOrganisation());
			Hibernate.initialize(p.getCountry());
		});
		return all;
	}

	@Transactional(readOnly = true)
	Presidency find(Long id) {
		Presidency presidency = this.presidencies.findById(id)
			.orElseThrow(() -> new NotFoundException("presidency " + id));
		Hibernate.initialize(presidency.getOrganisation());
		Hibernate.initialize(presidency.getCountry());
		return presidency;
	}

	/** Sets up a new draft presidency; its address is made from the council and years. */
	Long create(PresidencyForm form) {
		Choices choices = check(null, form);
		Presidency presidency = new Presidency(slug(choices.organisation(), form), choices.organisation(),
				choices.country(), choices.ordinal(), form.periodStart(), form.periodEnd());
		fill(presidency, form, choices);
		return this.presidencies.save(presidency).getId();
	}

	/** Saves over the version the form was opened from. */
	void update(Long id, PresidencyForm form) {
		Presidency presidency = find(id);
		Versions.check(presidency.getVersion(), form.version());
		Choices choices = check(id, form);
		presidency.changeHolder(choices.organisation(), choices.country(), choices.ordinal());
		presidency.changePeriod(form.periodStart(), form.periodEnd());
		fill(presidency, form, choices);
	}

	private static void fill(Presidency presidency, PresidencyForm form, Choices choices) {
		presidency.setCoordinator(choices.coordinator());
		presidency.setPrevious(choices.previous());
		presidency.setNext(choices.next());
		presidency.setReportDatePlace(FormTexts.blank(form.reportDatePlace()) ? null : form.reportDatePlace().strip());
		presidency.setLegalBasis(PresidencyForm.text(form.legalBasisLv(), form.legalBasisEn()));
		presidency.setIntroduction(PresidencyForm.text(form.introductionLv(), form.introductionEn()));
		presidency.setCommitteeNarrative(PresidencyForm.text(form.committeeNarrativeLv(), form.committeeNarrativeEn()));
		presidency.setOtherDirections(PresidencyForm.text(form.otherDirectionsLv(), form.otherDirectionsEn()));
	}

	/**
	 * The rules alone, for a form whose period is wrong: every mistake is named at once.
	 */
	@Transactional(readOnly = true)
	void checkRules(Long id, PresidencyForm form) {
		check(id, form);
	}

	/** Every choice the form refers to, each unknown one named beside its field. */
	private Choices check(Long id, PresidencyForm form) {
		FormProblems problems = new FormProblems();
		Organisation organisation = this.organisations.findById(form.organisationId()).orElse(null);
		if (organisation == null) {
			problems.reject("organisationId", "admin.unknown-choice");
		}
		Country country = this.countries.findById(form.countryCode()).orElse(null);
		if (country == null) {
			problems.reject("countryCode", "admin.unknown-choice");
		}
		Institution coordinator = (form.coordinatorId() != null)
				? this.institutions.findById(form.coordinatorId()).orElse(null) : null;
		if (form.coordinatorId() != null && coordinator == null) {
			problems.reject("coordinatorId", "admin.unknown-choice");
		}
		Presidency previous = neighbour(id, form.previousId(), "previousId", problems);
		Presidency next = neighbour(id, form.nextId(), "nextId", problems);
		int ordinal = 0;
		if (organisation != null && country != null) {
			ordinal = (form.ordinal() != null) ? form.ordinal()
					: this.dependants.maxOrdinal(organisation.getId(), country.getCode()) + 1;
			if (this.dependants.ordinalTaken(organisation.getId(), country.getCode(), ordinal,
					(id != null) ? id : -1L)) {
				problems.reject("ordinal", "admin.presidency.ordinal-taken");
			}
		}
		problems.throwIfAny();
		return new Choices(organisation, country, ordinal, coordinator, previous, next);
	}

	private Presidency neighbour(Long id, Long neighbourId, String field, FormProblems problems) {
		if (neighbourId == null) {
			return null;
		}
		Presidency neighbour = this.presidencies.findById(neighbourId).orElse(null);
		if (neighbour == null || neighbourId.equals(id)) {
			problems.reject(field, "admin.unknown-choice");
			return null;
		}
		return neighbour;
	}

	/**
	 * The council's code and the years, e.g. "cbss-2020-2021", made unique by a number.
	 */
	private String slug(Organisation organisation, PresidencyForm form) {
		String base = organisation.getCode().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-"
				+ form.periodStart().getYear() + "-" + form.periodEnd().getYear();
		base = base.replaceAll("^-+|-+$", "");
		String slug = base;
		for (int n = 2; this.dependants.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	void publish(Long id, boolean published) {
		find(id).setPublication(published ? Publication.PUBLISHED : Publication.DRAFT);
	}

	@Transactional(readOnly = true)
	List<Dependant> dependants(Long id) {
		List<Dependant> attached = new ArrayList<>();
		add(attached, "admin.presidency.depends.priorities", this.dependants.countPriorities(id));
		add(attached, "admin.presidency.depends.events", this.dependants.countEvents(id));
		add(attached, "admin.presidency.depends.projects", this.dependants.countProjects(id));
		add(attached, "admin.presidency.depends.working-groups", this.dependants.countWorkingGroupRoles(id));
		return attached;
	}

	/**
	 * Deletes the presidency, or answers what is still attached to it and deletes
	 * nothing.
	 */
	List<Dependant> delete(Long id) {
		Presidency presidency = find(id);
		List<Dependant> attached = dependants(id);
		if (attached.isEmpty()) {
			this.presidencies.delete(presidency);
		}
		return attached;
	}

	private static void add(List<Dependant> dependants, String key, long count) {
		if (count > 0) {
			dependants.add(new Dependant(key, count));
		}
	}

	/** The institutions the form offers, by code. */
	@Transactional(readOnly = true)
	List<Institution> institutions() {
		return this.institutions.findAllByOrderByCode();
	}

	@Transactional(readOnly = true)
	List<Organisation> organisations() {
		return this.organisations.findAllByOrderByCode();
	}

	@Transactional(readOnly = true)
	List<Country> countries() {
		return this.countries.findAllByOrderByCode();
	}

	private record Choices(Organisation organisation, Country country, int ordinal, Institution coordinator,
			Presidency previous, Presidency next) {
	}

}
