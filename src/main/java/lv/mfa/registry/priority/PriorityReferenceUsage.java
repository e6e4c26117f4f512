package lv.mfa.registry.priority;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import lv.mfa.registry.reference.usage.ReferenceUsage;
import lv.mfa.registry.reference.usage.ReferenceUsages;
import lv.mfa.registry.shared.form.Dependant;

/** Priorities that use an institution: those it leads. */
@Component
@Order(2)
class PriorityReferenceUsage implements ReferenceUsage {

	private final EntityManager entityManager;

	PriorityReferenceUsage(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<Dependant> ofInstitution(Long id) {
		return Dependant
			.existing(new Dependant("admin.institution.depends.priorities", ReferenceUsages.count(this.entityManager,
					"select count(p) from Priority p join p.leadInstitutions i where i.id = :ref", id)));
	}

}
