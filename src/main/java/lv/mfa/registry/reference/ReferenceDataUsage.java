package lv.mfa.registry.reference;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import lv.mfa.registry.reference.usage.ReferenceUsage;
import lv.mfa.registry.reference.usage.ReferenceUsages;

import lv.mfa.registry.shared.form.Dependant;

/** Reference data that uses a country: institutions and organisations in it. */
@Component
@Order(0)
class ReferenceDataUsage implements ReferenceUsage {

	private final EntityManager entityManager;

	ReferenceDataUsage(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<Dependant> ofCountry(String code) {
		return Dependant.existing(
				new Dependant("admin.country.depends.institutions",
						ReferenceUsages.count(this.entityManager,
								"select count(i) from Institution i where i.country.code = :ref", code)),
				new Dependant("admin.country.depends.organisations", ReferenceUsages.count(this.entityManager,
						"select count(o) from Organisation o where o.country.code = :ref", code)));
	}

}
