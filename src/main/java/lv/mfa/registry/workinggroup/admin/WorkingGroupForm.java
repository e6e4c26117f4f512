package lv.mfa.registry.workinggroup.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lv.mfa.registry.workinggroup.WorkingGroup;
import lv.mfa.registry.shared.form.FormTexts;
import lv.mfa.registry.shared.form.ValidPeriod;
import lv.mfa.registry.shared.text.ApproximateDate;

/**
 * A working group as the coordinators' form sends it, Latvian and English side by side.
 */
@ValidPeriod(start = "mandateStart", end = "mandateEnd")
record WorkingGroupForm(Long version, @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*") String code,
		@NotNull WorkingGroup.Kind kind, Long organisationId, @Size(max = 500) String nameLv,
		@Size(max = 500) String nameEn, @Size(max = 20000) String descriptionLv,
		@Size(max = 20000) String descriptionEn, LocalDate mandateStart, LocalDate mandateEnd,
		ApproximateDate.Precision mandatePrecision) {

	static WorkingGroupForm blank() {
		return new WorkingGroupForm(null, null, WorkingGroup.Kind.EXPERT_GROUP, null, null, null, null, null, null,
				null, null);
	}

	static WorkingGroupForm of(WorkingGroup group) {
		return new WorkingGroupForm(group.getVersion(), group.getCode(), group.getKind(),
				(group.getOrganisation() != null) ? group.getOrganisation().getId() : null,
				FormTexts.lv(group.getName()), FormTexts.en(group.getName()), FormTexts.lv(group.getDescription()),
				FormTexts.en(group.getDescription()), group.getMandateStart(), group.getMandateEnd(),
				group.getMandatePrecision());
	}

}
