package lv.mfa.registry.presidency.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.form.FormTexts;
import lv.mfa.registry.shared.form.ValidPeriod;

/**
 * Everything staff set on a presidency: who held which council when, its neighbours, its
 * coordinator and its texts, Latvian and English side by side. A blank ordinal means the
 * next one of this country in this council. Without a version it is a new presidency.
 */
@ValidPeriod(start = "periodStart", end = "periodEnd")
record PresidencyForm(Long version, @NotNull Long organisationId, @NotBlank String countryCode,
		@Positive Integer ordinal, @NotNull LocalDate periodStart, @NotNull LocalDate periodEnd, Long coordinatorId,
		Long previousId, Long nextId, @Size(max = 200) String reportDatePlace, @Size(max = 20000) String legalBasisLv,
		@Size(max = 20000) String legalBasisEn, @Size(max = 50000) String introductionLv,
		@Size(max = 50000) String introductionEn, @Size(max = 50000) String committeeNarrativeLv,
		@Size(max = 50000) String committeeNarrativeEn, @Size(max = 50000) String otherDirectionsLv,
		@Size(max = 50000) String otherDirectionsEn) {

	static PresidencyForm empty() {
		return new PresidencyForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null);
	}

	static PresidencyForm of(Presidency p) {
		return new PresidencyForm(p.getVersion(), p.getOrganisation().getId(), p.getCountry().getCode(), p.getOrdinal(),
				p.getPeriodStart(), p.getPeriodEnd(), id(p.getCoordinator()), idOf(p.getPrevious()), idOf(p.getNext()),
				p.getReportDatePlace(), FormTexts.lv(p.getLegalBasis()), FormTexts.en(p.getLegalBasis()),
				FormTexts.lv(p.getIntroduction()), FormTexts.en(p.getIntroduction()),
				FormTexts.lv(p.getCommitteeNarrative()), FormTexts.en(p.getCommitteeNarrative()),
				FormTexts.lv(p.getOtherDirections()), FormTexts.en(p.getOtherDirections()));
	}

	private static Long id(lv.mfa.registry.reference.Institution institution) {
		return (institution != null) ? institution.getId() : null;
	}

	private static Long idOf(Presidency presidency) {
		return (presidency != null) ? presidency.getId() : null;
	}

	static LocalizedText text(String lv, String en) {
		LocalizedText text = LocalizedText.of(lv, en);
		return text.isEmpty() ? null : text;
	}

}
