package lv.mfa.registry.presidency.admin;

import java.util.List;

import org.hibernate.Hibernate;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.presidency.PresidencyRepository;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.InstitutionRepository;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.shared.Publication;

/**
 * Presidencies for coordinators and admins: their term, coordinating institution and
 * texts, and publishing them. New presidencies come as data sets (the importer).
 */
@Service
@Transactional
class PresidencyAdmin {

	private final PresidencyRepository presidencies;

	private final InstitutionRepository institutions;

	PresidencyAdmin(PresidencyRepository presidencies, InstitutionRepository institutions) {
		this.presidencies = presidencies;
		this.institutions = institutions;
	}

	@Transactional(readOnly = true)
	List<Presidency> list() {
		List<Presidency> all = this.presidencies.findAll(Sort.by(Sort.Direction.DESC, "periodStart"));
		// Organisation and country of every row in one batch each.
		all.forEach((p) -> {
			Hibernate.initialize(p.getOrganisation());
			Hibernate.initialize(p.getCountry());
		});
		return all;
	}

	@Transactional(readOnly = true)
	Presidency find(Long id) {
		Presidency presidency = this.presidencies.findById(id)
			.orElseThrow(() -> new NotFoundException("presidency " + id));
		Hibernate.initialize(presidency.getOrganisation());
		Hibernate.initialize(presidency.getCountry());
		return presidency;
	}

	/** Saves over the version the form was opened from; a newer one is refused. */
	boolean update(Long id, PresidencyForm form, Errors errors) {
		Presidency presidency = find(id);
		if (form.version() == null || form.version() != presidency.getVersion()) {
			errors.reject("admin.presidency.conflict");
			return false;
		}
		if (form.periodEnd().isBefore(form.periodStart())) {
			errors.rejectValue("periodEnd", "admin.event.end-before-start");
		}
		Institution coordinator = (form.coordinatorId() != null)
				? this.institutions.findById(form.coordinatorId()).orElse(null) : null;
		if (form.coordinatorId() != null && coordinator == null) {
			errors.rejectValue("coordinatorId", "admin.unknown-choice");
		}
		if (errors.hasErrors()) {
			return false;
		}
		presidency.changePeriod(form.periodStart(), form.periodEnd());
		presidency.setCoordinator(coordinator);
		presidency.setLegalBasis(PresidencyForm.text(form.legalBasisLv(), form.legalBasisEn()));
		presidency.setIntroduction(PresidencyForm.text(form.introductionLv(), form.introductionEn()));
		presidency.setCommitteeNarrative(PresidencyForm.text(form.committeeNarrativeLv(), form.committeeNarrativeEn()));
		presidency.setOtherDirections(PresidencyForm.text(form.otherDirectionsLv(), form.otherDirectionsEn()));
		return true;
	}

	void publish(Long id, boolean published) {
		find(id).setPublication(published ? Publication.PUBLISHED : Publication.DRAFT);
	}

	/** The institutions the form offers, by code. */
	@Transactional(readOnly = true)
	List<Institution> institutions() {
		return this.institutions.findAllByOrderByCode();
	}

}
