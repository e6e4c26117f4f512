package lv.mfa.registry.reference.usage;

import java.util.List;

import lv.mfa.registry.shared.form.Dependant;

/**
 * Who still uses an institution, an organisation or a country. Reference data is used by
 * the modules above it; each of them answers for its own records by implementing this (as
 * a bean), so that reference data need not know them and deleting a record can say what
 * still depends on it.
 */
public interface ReferenceUsage {

	default List<Dependant> ofInstitution(Long id) {
		return List.of();
	}

	default List<Dependant> ofOrganisation(Long id) {
		return List.of();
	}

	default List<Dependant> ofCountry(String code) {
		return List.of();
	}

}
