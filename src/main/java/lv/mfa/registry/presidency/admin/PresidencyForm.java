package lv.mfa.registry.presidency.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.shared.LocalizedText;
import lv.mfa.registry.shared.form.FormTexts;

/**
 * A presidency's term, coordinating institution and texts, Latvian and English side by
 * side.
 */
record PresidencyForm(Long version, @NotNull LocalDate periodStart, @NotNull LocalDate periodEnd, Long coordinatorId,
		@Size(max = 20000) String legalBasisLv, @Size(max = 20000) String legalBasisEn,
		@Size(max = 50000) String introductionLv, @Size(max = 50000) String introductionEn,
		@Size(max = 50000) String committeeNarrativeLv, @Size(max = 50000) String committeeNarrativeEn,
		@Size(max = 50000) String otherDirectionsLv, @Size(max = 50000) String otherDirectionsEn) {

	static PresidencyForm of(Presidency p) {
		return new PresidencyForm(p.getVersion(), p.getPeriodStart(), p.getPeriodEnd(),
				(p.getCoordinator() != null) ? p.getCoordinator().getId() : null, FormTexts.lv(p.getLegalBasis()),
				FormTexts.en(p.getLegalBasis()), FormTexts.lv(p.getIntroduction()), FormTexts.en(p.getIntroduction()),
				FormTexts.lv(p.getCommitteeNarrative()), FormTexts.en(p.getCommitteeNarrative()),
				FormTexts.lv(p.getOtherDirections()), FormTexts.en(p.getOtherDirections()));
	}

	static LocalizedText text(String lv, String en) {
		LocalizedText text = LocalizedText.of(lv, en);
		return text.isEmpty() ? null : text;
	}

}
