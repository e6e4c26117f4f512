package lv.mfa.registry.staff;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import lv.mfa.registry.reference.Country;
import lv.mfa.registry.reference.CountryRepository;
import lv.mfa.registry.reference.usage.ReferenceUsage;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.shared.form.Dependant;

/** Countries for admins: list, create, rename, delete while nothing refers to them. */
@Service
@Transactional
class CountryAdmin {

	private final CountryRepository countries;

	private final List<ReferenceUsage> usages;

	CountryAdmin(CountryRepository countries, List<ReferenceUsage> usages) {
		this.countries = countries;
		this.usages = usages;
	}

	@Transactional(readOnly = true)
	List<Country> list() {
		return this.countries.findAllByOrderByCode();
	}

	@Transactional(readOnly = true)
	Country find(String code) {
		return this.countries.findById(code).orElseThrow(() -> new NotFoundException("country " + code));
	}

	boolean create(CountryForm form, Errors errors) {
		if (this.countries.existsById(form.code())) {
			errors.rejectValue("code", "admin.country.duplicate-code");
			return false;
		}
		this.countries.save(new Country(form.code(), LocalizedText.of(form.nameLv(), form.nameEn())));
		return true;
	}

	boolean update(String code, CountryForm form, Errors errors) {
		Country country = find(code);
		if (form.version() == null || form.version() != country.getVersion()) {
			errors.reject("admin.country.conflict");
			return false;
		}
		country.rename(LocalizedText.of(form.nameLv(), form.nameEn()));
		return true;
	}

	@Transactional(readOnly = true)
	List<Dependant> dependants(String code) {
		return this.usages.stream().flatMap((usage) -> usage.ofCountry(code).stream()).toList();
	}

	/** Deletes the country, or answers what still refers to it and deletes nothing. */
	List<Dependant> delete(String code) {
		Country country = find(code);
		List<Dependant> dependants = dependants(code);
		if (dependants.isEmpty()) {
			this.countries.delete(country);
		}
		return dependants;
	}

}
