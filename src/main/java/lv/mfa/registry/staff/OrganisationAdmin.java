package lv.mfa.registry.staff;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import lv.mfa.registry.reference.Country;
import lv.mfa.registry.reference.CountryRepository;
import lv.mfa.registry.reference.Organisation;
import lv.mfa.registry.reference.OrganisationRepository;
import lv.mfa.registry.reference.usage.ReferenceUsage;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.shared.form.Dependant;

/**
 * Organisations (councils, partners) for admins: list, create, edit, delete while nothing
 * depends on them. The form is the institution's: code, names, country (optional here).
 */
@Service
@Transactional
class OrganisationAdmin {

	private final AdminOrganisationRepository organisations;

	private final OrganisationRepository repository;

	private final CountryRepository countries;

	private final List<ReferenceUsage> usages;

	OrganisationAdmin(AdminOrganisationRepository organisations, OrganisationRepository repository,
			CountryRepository countries, List<ReferenceUsage> usages) {
		this.usages = usages;
		this.organisations = organisations;
		this.repository = repository;
		this.countries = countries;
	}

	@Transactional(readOnly = true)
	List<Organisation> list() {
		return this.organisations.findAllForAdmin();
	}

	@Transactional(readOnly = true)
	List<Country> countries() {
		return this.countries.findAllByOrderByCode();
	}

	@Transactional(readOnly = true)
	Organisation find(Long id) {
		return this.organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation " + id));
	}

	Long create(InstitutionForm form, Errors errors) {
		Country country = checkRules(null, form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		return this.repository.save(new Organisation(form.code(), form.acronym(), form.name(), country)).getId();
	}

	void update(Long id, InstitutionForm form, Errors errors) {
		Organisation organisation = find(id);
		if (form.version() == null || form.version() != organisation.getVersion()) {
			errors.reject("admin.institution.conflict");
			return;
		}
		Country country = checkRules(id, form, errors);
		if (errors.hasErrors()) {
			return;
		}
		organisation.change(form.code(), form.acronym(), form.name(), country);
	}

	@Transactional(readOnly = true)
	List<Dependant> dependants(Long id) {
		return this.usages.stream().flatMap((usage) -> usage.ofOrganisation(id).stream()).toList();
	}

	List<Dependant> delete(Long id) {
		Organisation organisation = find(id);
		List<Dependant> dependants = dependants(id);
		if (dependants.isEmpty()) {
			this.organisations.delete(organisation);
		}
		return dependants;
	}

	private Country checkRules(Long id, InstitutionForm form, Errors errors) {
		this.repository.findByCode(form.code())
			.filter((other) -> !other.getId().equals(id))
			.ifPresent((other) -> errors.rejectValue("code", "admin.institution.duplicate-code"));
		if (form.name().isEmpty()) {
			errors.rejectValue("nameLv", "admin.event.title-required");
		}
		if (form.countryCode() == null || form.countryCode().isBlank()) {
			return null;
		}
		Country country = this.countries.findById(form.countryCode()).orElse(null);
		if (country == null) {
			errors.rejectValue("countryCode", "admin.unknown-choice");
		}
		return country;
	}

}
