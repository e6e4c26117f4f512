package lv.mfa.registry.security.admin;

import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.InstitutionRepository;
import lv.mfa.registry.security.AppUser;
import lv.mfa.registry.security.AppUserRepository;
import lv.mfa.registry.security.password.PasswordPolicy;
import lv.mfa.registry.security.StaffRole;
import lv.mfa.registry.shared.NotFoundException;
import lv.mfa.registry.shared.form.FormProblems;
import lv.mfa.registry.shared.form.Versions;

/**
 * Staff accounts for admins: editors need their institution, user names are unique, new
 * passwords are long enough and stored only as hashes.
 */
@Service
@Transactional
class UserAdmin {

	private final AppUserRepository users;

	private final InstitutionRepository institutions;

	private final PasswordEncoder passwordEncoder;

	UserAdmin(AppUserRepository users, InstitutionRepository institutions, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.institutions = institutions;
		this.passwordEncoder = passwordEncoder;
	}

	@Transactional(readOnly = true)
	List<AppUser> list() {
		return this.users.findAllByOrderByUsername();
	}

	@Transactional(readOnly = true)
	AppUser find(Long id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
	}

	@Transactional(readOnly = true)
	UserForm form(Long id) {
		return UserForm.of(find(id));
	}

	/** Creates the account; answers its id. */
	Long create(UserForm form) {
		FormProblems problems = new FormProblems();
		if (this.users.existsByUsernameIgnoreCase(form.username())) {
			problems.reject("username", "admin.user.duplicate");
		}
		if (!form.hasPassword()) {
			problems.reject("password", "admin.user.password-required");
		}
		Institution institution = checkRules(form, problems);
		problems.throwIfAny();
		AppUser user = new AppUser(form.username().strip(), this.passwordEncoder.encode(form.password()), form.role(),
				institution);
		user.setEnabled(form.isEnabled());
		return this.users.save(user).getId();
	}

	/** Saves the form over the version it was opened from; a newer one is a conflict. */
	void update(Long id, UserForm form) {
		AppUser user = find(id);
		Versions.check(user.getVersion(), form.version());
		FormProblems problems = new FormProblems();
		if (!user.getUsername().equalsIgnoreCase(form.username())) {
			problems.reject("username", "admin.user.username-fixed");
		}
		Institution institution = checkRules(form, problems);
		problems.throwIfAny();
		user.setRole(form.role(), institution);
		user.setEnabled(form.isEnabled());
		if (form.hasPassword()) {
			user.setPasswordHash(this.passwordEncoder.encode(form.password()));
		}
	}

	private Institution checkRules(UserForm form, FormProblems problems) {
		if (form.hasPassword()) {
			// The same rules as for one's own password: 12 characters to 72 bytes, not
			// common.
			PasswordPolicy.problem(form.password())
				.ifPresent((code) -> problems.reject("password",
						"password.too-short".equals(code) ? "admin.user.password-short" : code,
						PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES));
		}
		Institution institution = (form.institutionId() != null)
				? this.institutions.findById(form.institutionId()).orElse(null) : null;
		if (form.institutionId() != null && institution == null) {
			problems.reject("institutionId", "admin.unknown-choice");
		}
		if (form.role() == StaffRole.EDITOR && institution == null) {
			problems.reject("institutionId", "admin.user.institution-required");
		}
		return institution;
	}

	/** The institutions the form offers, by code. */
	@Transactional(readOnly = true)
	List<Institution> institutions() {
		return this.institutions.findAllByOrderByCode();
	}

}
