package lv.mfa.registry.project.admin;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lv.mfa.registry.project.Partner;
import lv.mfa.registry.project.Project;
import lv.mfa.registry.shared.form.FormTexts;
import lv.mfa.registry.shared.form.ValidPeriod;
import lv.mfa.registry.shared.form.WebAddress;

/**
 * A project as the coordinators' form sends it, with its partners as rows (blank rows and
 * rows marked for removal are not saved).
 */
@ValidPeriod(start = "startYear", end = "endYear")
record ProjectForm(Long version, @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String key,
		@Size(max = 4000) String titleLv, @Size(max = 4000) String titleEn, @Size(max = 200) String acronym,
		@Min(1990) @Max(2100) Integer startYear, @Min(1990) @Max(2100) Integer endYear, @NotNull Long programmeId,
		@Size(max = 200) String programmeReference, Project.LongTermPriority longTermPriority,
		@NotNull Project.Status status, @Size(max = 20000) String descriptionLv,
		@Size(max = 20000) String descriptionEn, Long presidencyId, Long priorityId,
		@Size(max = 500) @WebAddress String url, List<@Valid PartnerRow> partners) {

	ProjectForm {
		partners = (partners != null) ? new ArrayList<>(partners) : new ArrayList<>();
		// Gaps in the row numbers (a hand-made request) bind as nulls: empty rows.
		partners.replaceAll((row) -> (row != null) ? row : new PartnerRow(null, null, null, false, false));
	}

	record PartnerRow(@Size(max = 500) String nameLv, @Size(max = 500) String nameEn, String countryCode, Boolean lead,
			Boolean remove) {

		boolean isBlank() {
			return Boolean.TRUE.equals(this.remove) || (FormTexts.blank(this.nameLv) && FormTexts.blank(this.nameEn));
		}

		boolean isLead() {
			return Boolean.TRUE.equals(this.lead);
		}

		static PartnerRow of(Partner partner) {
			return new PartnerRow(FormTexts.lv(partner.getName()), FormTexts.en(partner.getName()),
					(partner.getCountry() != null) ? partner.getCountry().getCode() : null, partner.isLead(), false);
		}

	}

	static ProjectForm blank() {
		return new ProjectForm(null, null, null, null, null, null, null, null, null, null, Project.Status.APPROVED,
				null, null, null, null, null, null)
			.withBlankRows(3);
	}

	static ProjectForm of(Project project) {
		List<PartnerRow> partners = new ArrayList<>();
		project.getPartners().forEach((partner) -> partners.add(PartnerRow.of(partner)));
		return new ProjectForm(project.getVersion(), project.getKey(), FormTexts.lv(project.getTitle()),
				FormTexts.en(project.getTitle()), project.getAcronym(), project.getStartYear(), project.getEndYear(),
				project.getProgramme().getId(), project.getProgrammeReference(), project.getLongTermPriority(),
				project.getStatus(), FormTexts.lv(project.getDescription()), FormTexts.en(project.getDescription()),
				(project.getPresidency() != null) ? project.getPresidency().getId() : null,
				(project.getPriority() != null) ? project.getPriority().getId() : null, project.getUrl(), partners);
	}

	ProjectForm withBlankRows(int count) {
		ProjectForm form = new ProjectForm(this.version, this.key, this.titleLv, this.titleEn, this.acronym,
				this.startYear, this.endYear, this.programmeId, this.programmeReference, this.longTermPriority,
				this.status, this.descriptionLv, this.descriptionEn, this.presidencyId, this.priorityId, this.url,
				this.partners);
		for (int i = 0; i < count; i++) {
			form.partners.add(new PartnerRow(null, null, null, false, false));
		}
		return form;
	}

	List<PartnerRow> filledPartners() {
		return this.partners.stream().filter((row) -> !row.isBlank()).toList();
	}

}
