package lv.mfa.registry.security.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lv.mfa.registry.security.AppUser;
import lv.mfa.registry.security.StaffRole;

/**
 * A staff account as the admin's form sends it. The password is only set when given (and
 * required for a new account); it is never shown back.
 */
record UserForm(Long version, @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
		@NotNull StaffRole role, Long institutionId, Boolean enabled, @Size(max = 200) String password) {

	/** Passwords shorter than this are refused. */
	static final int MIN_PASSWORD = 12;

	static UserForm blank() {
		return new UserForm(null, null, StaffRole.EDITOR, null, true, null);
	}

	static UserForm of(AppUser user) {
		return new UserForm(user.getVersion(), user.getUsername(), user.getRole(),
				(user.getInstitution() != null) ? user.getInstitution().getId() : null, user.isEnabled(), null);
	}

	boolean isEnabled() {
		return !Boolean.FALSE.equals(this.enabled);
	}

	boolean hasPassword() {
		return this.password != null && !this.password.isEmpty();
	}

}
