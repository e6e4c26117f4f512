package lv.mfa.registry.project;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import lv.mfa.registry.reference.usage.ReferenceUsage;
import lv.mfa.registry.reference.usage.ReferenceUsages;
import lv.mfa.registry.shared.form.Dependant;

/** Projects that use a country: their partners from it. */
@Component
@Order(5)
class ProjectReferenceUsage implements ReferenceUsage {

	private final EntityManager entityManager;

	ProjectReferenceUsage(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<Dependant> ofCountry(String code) {
		return Dependant.existing(new Dependant("admin.country.depends.partners", ReferenceUsages
			.count(this.entityManager, "select count(p) from Partner p where p.country.code = :ref", code)));
	}

}
