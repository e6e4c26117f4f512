package lv.mfa.registry.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.Organisation;
import lv.mfa.registry.shared.text.LocalizedText;
import lv.mfa.registry.shared.form.FormTexts;

/**
 * An institution (or an organisation: the same fields) as the admin's form sends it,
 * Latvian and English side by side.
 */
record InstitutionForm(Long version, @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*") String code,
		@Size(max = 2) String countryCode, @Size(max = 120) String acronymLv, @Size(max = 120) String acronymEn,
		@Size(max = 300) String nameLv, @Size(max = 300) String nameEn) {

	static InstitutionForm blank() {
		return new InstitutionForm(null, null, "LV", null, null, null, null);
	}

	static InstitutionForm of(Institution institution) {
		return new InstitutionForm(institution.getVersion(), institution.getCode(),
				(institution.getCountry() != null) ? institution.getCountry().getCode() : null,
				FormTexts.lv(institution.getAcronym()), FormTexts.en(institution.getAcronym()),
				FormTexts.lv(institution.getName()), FormTexts.en(institution.getName()));
	}

	static InstitutionForm of(Organisation organisation) {
		return new InstitutionForm(organisation.getVersion(), organisation.getCode(),
				(organisation.getCountry() != null) ? organisation.getCountry().getCode() : null,
				FormTexts.lv(organisation.getAcronym()), FormTexts.en(organisation.getAcronym()),
				FormTexts.lv(organisation.getName()), FormTexts.en(organisation.getName()));
	}

	LocalizedText acronym() {
		return LocalizedText.of(this.acronymLv, this.acronymEn);
	}

	LocalizedText name() {
		return LocalizedText.of(this.nameLv, this.nameEn);
	}

}
