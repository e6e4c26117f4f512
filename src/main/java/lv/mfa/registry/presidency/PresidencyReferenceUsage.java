package lv.mfa.registry.presidency;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import lv.mfa.registry.reference.usage.ReferenceUsage;
import lv.mfa.registry.reference.usage.ReferenceUsages;
import lv.mfa.registry.shared.form.Dependant;

/**
 * Presidencies that use reference data: their coordinating institution, council and
 * country.
 */
@Component
@Order(1)
class PresidencyReferenceUsage implements ReferenceUsage {

	private final EntityManager entityManager;

	PresidencyReferenceUsage(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<Dependant> ofInstitution(Long id) {
		return presidencies("select count(p) from Presidency p where p.coordinator.id = :ref", id);
	}

	@Override
	public List<Dependant> ofOrganisation(Long id) {
		return presidencies("select count(p) from Presidency p where p.organisation.id = :ref", id);
	}

	@Override
	public List<Dependant> ofCountry(String code) {
		return Dependant.existing(new Dependant("admin.country.depends.presidencies", ReferenceUsages
			.count(this.entityManager, "select count(p) from Presidency p where p.country.code = :ref", code)));
	}

	private List<Dependant> presidencies(String jpql, Long id) {
		return Dependant.existing(new Dependant("admin.institution.depends.presidencies",
				ReferenceUsages.count(this.entityManager, jpql, id)));
	}

}
