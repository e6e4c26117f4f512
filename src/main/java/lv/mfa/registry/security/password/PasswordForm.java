package lv.mfa.registry.security.password;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A member of staff changing their own password: the current one, then the new one twice.
 */
record PasswordForm(@NotBlank String currentPassword,
		@NotBlank @Size(min = PasswordForm.MIN_LENGTH, max = 200) String newPassword, String repeatPassword) {

	/** Long passphrases over complexity rules (NIST SP 800-63B). */
	static final int MIN_LENGTH = PasswordPolicy.MIN_LENGTH;

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

}
