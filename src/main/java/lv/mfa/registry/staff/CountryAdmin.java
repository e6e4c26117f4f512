package lv.mfa.registry.staff;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.reference.Country;
import lv.mfa.registry.reference.CountryRepository;
import lv.mfa.registry.reference.usage.ReferenceUsage;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.shared.form.Dependant;
import lv.mfa.registry.shared.form.FormProblems;
import lv.mfa.registry.shared.form.Versions;

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

	/** Creates the country; answers its code (its id). */
	String create(CountryForm form) {
		if (this.countries.existsById(form.code())) {
			throw FormProblems.of("code", "admin.country.duplicate-code");
		}
		return this.countries.save(new Country(form.code(), LocalizedText.of(form.nameLv(), form.nameEn()))).getCode();
	}

	/** Renames the country, over the version the form was opened from. */
	void update(String code, CountryForm form) {
		Country country = find(code);
		Versions.check(country.getVersion(), form.version());
		country.rename(LocalizedText.of(form.nameLv(), form.nameEn()));
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
