package lv.mfa.registry.staff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import lv.mfa.registry.reference.Country;
import lv.mfa.registry.reference.CountryRepository;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.InstitutionRepository;
import lv.mfa.registry.reference.usage.ReferenceUsage;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.shared.form.Dependant;

/**
 * Institutions for admins: the list, and deleting one only when nothing depends on it any
 * more, saying what does.
 */
@Service
@Transactional
class InstitutionAdmin {

	/** An institution with the number of events it organises. */
	record Row(Institution institution, long events) {
	}

	private final AdminInstitutionRepository institutions;

	private final InstitutionRepository repository;

	private final CountryRepository countries;

	private final List<ReferenceUsage> usages;

	InstitutionAdmin(AdminInstitutionRepository institutions, InstitutionRepository repository,
			CountryRepository countries, List<ReferenceUsage> usages) {
		this.usages = usages;
		this.institutions = institutions;
		this.repository = repository;
		this.countries = countries;
	}

	@Transactional(readOnly = true)
	List<Country> countries() {
		return this.countries.findAllByOrderByCode();
	}

	/** Creates the institution; answers its id, or null when a rule refused it. */
	Long create(InstitutionForm form, Errors errors) {
		Country country = checkRules(null, form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		return this.repository.save(new Institution(form.code(), form.acronym(), form.name(), country)).getId();
	}

	/** Saves over the version the form was opened from; a newer one is refused. */
	void update(Long id, InstitutionForm form, Errors errors) {
		Institution institution = find(id);
		if (form.version() == null || form.version() != institution.getVersion()) {
			errors.reject("admin.institution.conflict");
			return;
		}
		Country country = checkRules(id, form, errors);
		if (errors.hasErrors()) {
			return;
		}
		institution.change(form.code(), form.acronym(), form.name(), country);
	}

	private Country checkRules(Long id, InstitutionForm form, Errors errors) {
		this.repository.findByCode(form.code())
			.filter((other) -> !other.getId().equals(id))
			.ifPresent((other) -> errors.rejectValue("code", "admin.institution.duplicate-code"));
		if (form.name().isEmpty()) {
			errors.rejectValue("nameLv", "admin.event.title-required");
		}
		boolean given = form.countryCode() != null && !form.countryCode().isBlank();
		Country country = given ? this.countries.findById(form.countryCode()).orElse(null) : null;
		if (country == null) {
			errors.rejectValue("countryCode", given ? "admin.unknown-choice" : "NotBlank");
		}
		return country;
	}

	@Transactional(readOnly = true)
	List<Row> list() {
		Map<Long, Long> events = new HashMap<>();
		for (AdminInstitutionRepository.EventCount row : this.institutions.countEventsByInstitution()) {
			events.put(row.institutionId(), row.events());
		}
		return this.institutions.findAllForAdmin()
			.stream()
			.map((institution) -> new Row(institution, events.getOrDefault(institution.getId(), 0L)))
			.toList();
	}

	@Transactional(readOnly = true)
	Institution find(Long id) {
		return this.institutions.findById(id).orElseThrow(() -> new NotFoundException("institution " + id));
	}

	/** What still refers to the institution; empty when it may be deleted. */
	@Transactional(readOnly = true)
	List<Dependant> dependants(Long id) {
		return this.usages.stream().flatMap((usage) -> usage.ofInstitution(id).stream()).toList();
	}

	/**
	 * Deletes the institution, or answers what still depends on it and deletes nothing.
	 */
	List<Dependant> delete(Long id) {
		Institution institution = find(id);
		List<Dependant> dependants = dependants(id);
		if (dependants.isEmpty()) {
			this.institutions.delete(institution);
		}
		return dependants;
	}

}
