package lv.mfa.registry.staff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.reference.Country;
import lv.mfa.registry.reference.CountryRepository;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.InstitutionRepository;
import lv.mfa.registry.reference.NamedBody;
import lv.mfa.registry.reference.Organisation;
import lv.mfa.registry.reference.OrganisationRepository;
import lv.mfa.registry.reference.usage.ReferenceUsage;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.shared.form.Dependant;
import lv.mfa.registry.shared.form.FormProblems;
import lv.mfa.registry.shared.form.Versions;

/**
 * Institutions and organisations (councils, partners) for admins: the same fields, the
 * same rules and the same pages, so one service. They differ in what the kind says: an
 * institution needs its country, and institutions are listed with the events they
 * organise. Deleted only while nothing depends on them, saying what does.
 */
@Service
@Transactional
class NamedBodyAdmin {

	/** Which of the two: its path under /admin and its message keys. */
	enum Kind {

		INSTITUTION("institution", "institutions", true), ORGANISATION("organisation", "organisations", false);

		final String body;

		final String bodies;

		final boolean countryRequired;

		Kind(String body, String bodies, boolean countryRequired) {
			this.body = body;
			this.bodies = bodies;
			this.countryRequired = countryRequired;
		}

		static Kind of(String bodies) {
			return "institutions".equals(bodies) ? INSTITUTION : ORGANISATION;
		}

	}

	/** An institution with the number of events it organises. */
	record Row(Institution institution, long events) {
	}

	private final AdminInstitutionRepository adminInstitutions;

	private final AdminOrganisationRepository adminOrganisations;

	private final InstitutionRepository institutions;

	private final OrganisationRepository organisations;

	private final CountryRepository countries;

	private final List<ReferenceUsage> usages;

	NamedBodyAdmin(AdminInstitutionRepository adminInstitutions, AdminOrganisationRepository adminOrganisations,
			InstitutionRepository institutions, OrganisationRepository organisations, CountryRepository countries,
			List<ReferenceUsage> usages) {
		this.adminInstitutions = adminInstitutions;
		this.adminOrganisations = adminOrganisations;
		this.institutions = institutions;
		this.organisations = organisations;
		this.countries = countries;
		this.usages = usages;
	}

	@Transactional(readOnly = true)
	List<Country> countries() {
		return this.countries.findAllByOrderByCode();
	}

	@Transactional(readOnly = true)
	List<Row> institutions() {
		Map<Long, Long> events = new HashMap<>();
		for (AdminInstitutionRepository.EventCount row : this.adminInstitutions.countEventsByInstitution()) {
			events.put(row.institutionId(), row.events());
		}
		return this.adminInstitutions.findAllForAdmin()
			.stream()
			.map((institution) -> new Row(institution, events.getOrDefault(institution.getId(), 0L)))
			.toList();
	}

	@Transactional(readOnly = true)
	List<Organisation> organisations() {
		return this.adminOrganisations.findAllForAdmin();
	}

	@Transactional(readOnly = true)
	NamedBody find(Kind kind, Long id) {
		return switch (kind) {
			case INSTITUTION ->
				this.adminInstitutions.findById(id).orElseThrow(() -> new NotFoundException("institution " + id));
			case ORGANISATION ->
				this.adminOrganisations.findById(id).orElseThrow(() -> new NotFoundException("organisation " + id));
		};
	}

	/** Creates the record; answers its id. */
	Long create(Kind kind, InstitutionForm form) {
		Country country = checkRules(kind, null, form);
		return switch (kind) {
			case INSTITUTION ->
				this.institutions.save(new Institution(form.code(), form.acronym(), form.name(), country)).getId();
			case ORGANISATION ->
				this.organisations.save(new Organisation(form.code(), form.acronym(), form.name(), country)).getId();
		};
	}

	/** Saves over the version the form was opened from. */
	void update(Kind kind, Long id, InstitutionForm form) {
		NamedBody body = find(kind, id);
		Versions.check(body.getVersion(), form.version());
		Country country = checkRules(kind, id, form);
		body.change(form.code(), form.acronym(), form.name(), country);
	}

	/** What still refers to the record; empty when it may be deleted. */
	@Transactional(readOnly = true)
	List<Dependant> dependants(Kind kind, Long id) {
		return this.usages.stream()
			.flatMap((usage) -> ((kind == Kind.INSTITUTION) ? usage.ofInstitution(id) : usage.ofOrganisation(id))
				.stream())
			.toList();
	}

	/** Deletes the record, or answers what still depends on it and deletes nothing. */
	List<Dependant> delete(Kind kind, Long id) {
		NamedBody body = find(kind, id);
		List<Dependant> dependants = dependants(kind, id);
		if (dependants.isEmpty()) {
			if (body instanceof Institution institution) {
				this.adminInstitutions.delete(institution);
			}
			else {
				this.adminOrganisations.delete((Organisation) body);
			}
		}
		return dependants;
	}

	private Country checkRules(Kind kind, Long id, InstitutionForm form) {
		FormProblems problems = new FormProblems();
		NamedBody sameCode = ((kind == Kind.INSTITUTION) ? this.institutions.findByCode(form.code())
				: this.organisations.findByCode(form.code()))
			.orElse(null);
		if (sameCode != null && !sameCode.getId().equals(id)) {
			problems.reject("code", "admin." + kind.body + ".duplicate-code");
		}
		if (form.name().isEmpty()) {
			problems.reject("nameLv", "admin.form.title-required");
		}
		boolean given = form.countryCode() != null && !form.countryCode().isBlank();
		Country country = given ? this.countries.findById(form.countryCode()).orElse(null) : null;
		if (given && country == null) {
			problems.reject("countryCode", "admin.unknown-choice");
		}
		else if (!given && kind.countryRequired) {
			problems.reject("countryCode", "NotBlank");
		}
		problems.throwIfAny();
		return country;
	}

}
