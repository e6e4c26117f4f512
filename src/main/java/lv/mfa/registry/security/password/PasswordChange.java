package lv.mfa.registry.security.password;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import lv.mfa.registry.security.AppUser;
import lv.mfa.registry.security.AppUserRepository;
import lv.mfa.registry.security.signin.SignInThrottle;

/**
 * Changes a member of staff's own password, after checking the current one. Checking it
 * draws on the same allowance as signing in, so a session left open cannot be used to
 * guess the password without limit.
 */
@Service
class PasswordChange {

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final SignInThrottle throttle;

	PasswordChange(AppUserRepository users, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
	}

	@Transactional
	void change(String username, PasswordForm form, Errors errors) {
		AppUser user = this.users.findByUsername(username).orElseThrow();
		if (!this.throttle.tryAccountAttempt(username)) {
			errors.rejectValue("currentPassword", "password.throttled");
			return;
		}
		if (this.passwordEncoder.matches(form.currentPassword(), user.getPasswordHash())) {
			this.throttle.accountSucceeded(username);
		}
		else {
			errors.rejectValue("currentPassword", "password.current-wrong");
		}
		PasswordPolicy.problem(form.newPassword())
			.ifPresent((code) -> errors.rejectValue("newPassword", code,
					new Object[] { PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES }, null));
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
