package lv.mfa.registry.security.password;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.security.AppUser;
import lv.mfa.registry.security.AppUserRepository;
import lv.mfa.registry.security.signin.SignInThrottle;
import lv.mfa.registry.shared.form.FormProblems;

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

	/** Changes the password, or names every rule the form breaks (nothing changed). */
	@Transactional
	void change(String username, PasswordForm form) {
		AppUser user = this.users.findByUsername(username).orElseThrow();
		if (!this.throttle.tryAccountAttempt(username)) {
			throw FormProblems.of("currentPassword", "password.throttled");
		}
		FormProblems problems = new FormProblems();
		if (this.passwordEncoder.matches(form.currentPassword(), user.getPasswordHash())) {
			this.throttle.accountSucceeded(username);
		}
		else {
			problems.reject("currentPassword", "password.current-wrong");
		}
		PasswordPolicy.problem(form.newPassword())
			.ifPresent((code) -> problems.reject("newPassword", code, PasswordPolicy.MIN_LENGTH,
					PasswordPolicy.MAX_BYTES));
		if (form.newPassword() != null && !form.newPassword().equals(form.repeatPassword())) {
			problems.reject("repeatPassword", "password.repeat-differs");
		}
		if (form.newPassword() != null && form.newPassword().equals(form.currentPassword())) {
			problems.reject("newPassword", "password.same-as-current");
		}
		problems.throwIfAny();
		user.setPasswordHash(this.passwordEncoder.encode(form.newPassword()));
	}

}
