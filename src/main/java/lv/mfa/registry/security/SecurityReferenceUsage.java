package lv.mfa.registry.security;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import lv.mfa.registry.reference.usage.ReferenceUsage;
import lv.mfa.registry.reference.usage.ReferenceUsages;
import lv.mfa.registry.shared.form.Dependant;

/** Staff accounts that use an institution: the editors belonging to it. */
@Component
@Order(6)
class SecurityReferenceUsage implements ReferenceUsage {

	private final EntityManager entityManager;

	SecurityReferenceUsage(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<Dependant> ofInstitution(Long id) {
		return Dependant.existing(new Dependant("admin.institution.depends.users", ReferenceUsages
			.count(this.entityManager, "select count(u) from AppUser u where u.institution.id = :ref", id)));
	}

}
