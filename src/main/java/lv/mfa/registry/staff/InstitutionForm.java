package lv.mfa.registry.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lv.mfa.registry.reference.NamedBody;
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

	static InstitutionForm of(NamedBody body) {
		return new InstitutionForm(body.getVersion(), body.getCode(),
				(body.getCountry() != null) ? body.getCountry().getCode() : null, FormTexts.lv(body.getAcronym()),
				FormTexts.en(body.getAcronym()), FormTexts.lv(body.getName()), FormTexts.en(body.getName()));
	}

	LocalizedText acronym() {
		return LocalizedText.of(this.acronymLv, this.acronymEn);
	}

	LocalizedText name() {
		return LocalizedText.of(this.nameLv, this.nameEn);
	}

}
