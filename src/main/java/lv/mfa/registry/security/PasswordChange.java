package lv.mfa.registry.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Changes a member of staff's own password, after checking the current one. */
@Service
class PasswordChange {

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	PasswordChange(AppUserRepository users, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
	}

	@Transactional
	void change(String username, PasswordForm form, Errors errors) {
		AppUser user = this.users.findByUsername(username).orElseThrow();
		if (!this.passwordEncoder.matches(form.currentPassword(), user.getPasswordHash())) {
			errors.rejectValue("currentPassword", "password.current-wrong");
		}
		if (form.newPassword() != null && !form.newPassword().equals(form.repeatPassword())) {
			errors.rejectValue("repeatPassword", "password.repeat-differs");
		}
		if (form.newPassword() != null && form.newPassword().equals(form.currentPassword())) {
			errors.rejectValue("newPassword", "password.same-as-current");
		}
		if (!errors.hasErrors()) {
			user.setPasswordHash(this.passwordEncoder.encode(form.newPassword()));
		}
	}

}
