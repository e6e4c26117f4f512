package lv.mfa.registry.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lv.mfa.registry.reference.Country;
import lv.mfa.registry.shared.form.FormTexts;

/** A country: its ISO 3166-1 alpha-2 code (fixed once created) and its names. */
record CountryForm(Long version, @NotBlank @Pattern(regexp = "[A-Z]{2}") String code,
		@NotBlank @Size(max = 200) String nameLv, @NotBlank @Size(max = 200) String nameEn) {

	static CountryForm blank() {
		return new CountryForm(null, null, null, null);
	}

	static CountryForm of(Country country) {
		return new CountryForm(country.getVersion(), country.getCode(), FormTexts.lv(country.getName()),
				FormTexts.en(country.getName()));
	}

}
