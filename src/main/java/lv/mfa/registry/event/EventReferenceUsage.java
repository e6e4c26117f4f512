package lv.mfa.registry.event;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import lv.mfa.registry.reference.usage.ReferenceUsage;
import lv.mfa.registry.reference.usage.ReferenceUsages;
import lv.mfa.registry.shared.form.Dependant;

/**
 * Events that use reference data: their organisers, partner organisations and country.
 */
@Component
@Order(4)
class EventReferenceUsage implements ReferenceUsage {

	private final EntityManager entityManager;

	EventReferenceUsage(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<Dependant> ofInstitution(Long id) {
		return Dependant.existing(new Dependant("admin.institution.depends.events", ReferenceUsages
			.count(this.entityManager, "select count(e) from Event e join e.organisers o where o.id = :ref", id)));
	}

	@Override
	public List<Dependant> ofOrganisation(Long id) {
		return Dependant.existing(new Dependant("admin.organisation.depends.events", ReferenceUsages
			.count(this.entityManager, "select count(e) from Event e join e.partners o where o.id = :ref", id)));
	}

	@Override
	public List<Dependant> ofCountry(String code) {
		return Dependant.existing(new Dependant("admin.country.depends.events", ReferenceUsages
			.count(this.entityManager, "select count(e) from Event e where e.country.code = :ref", code)));
	}

}
