package lv.mfa.registry.workinggroup;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import lv.mfa.registry.reference.usage.ReferenceUsage;
import lv.mfa.registry.reference.usage.ReferenceUsages;
import lv.mfa.registry.shared.form.Dependant;

/**
 * Working groups that use reference data: the institution leading one in a presidency,
 * the organisation a group belongs to.
 */
@Component
@Order(3)
class WorkingGroupReferenceUsage implements ReferenceUsage {

	private final EntityManager entityManager;

	WorkingGroupReferenceUsage(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<Dependant> ofInstitution(Long id) {
		return Dependant.existing(new Dependant("admin.institution.depends.working-groups", ReferenceUsages.count(
				this.entityManager, "select count(r) from WorkingGroupRole r where r.leadInstitution.id = :ref", id)));
	}

	@Override
	public List<Dependant> ofOrganisation(Long id) {
		return Dependant.existing(new Dependant("admin.organisation.depends.working-groups", ReferenceUsages
			.count(this.entityManager, "select count(w) from WorkingGroup w where w.organisation.id = :ref", id)));
	}

}
