package lv.mfa.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import lv.mfa.registry.reference.Institution;
import lv.mfa.registry.reference.InstitutionRepository;
import lv.mfa.registry.security.AppUser;
import lv.mfa.registry.security.AppUserRepository;
import lv.mfa.registry.security.StaffRole;

/**
 * Staff accounts for a test: created with a role (and an editor's institution), signed in
 * for MockMvc as the application signs them in ({@code user(staff.signIn(...))}), and
 * deleted again by {@link #deleteAll()} after each test. One helper instead of one per
 * test class; a plain object, not a bean, so tests using it share the application context
 * with the others.
 */
public final class StaffFixtures {

	private final AppUserRepository users;

	private final InstitutionRepository institutions;

	private final UserDetailsService userDetails;

	private final PasswordEncoder passwordEncoder;

	private final String prefix;

	private final List<String> usernames = new ArrayList<>();

	/** Accounts named {@code prefix-} and eight random characters. */
	public StaffFixtures(ApplicationContext context, String prefix) {
		this.users = context.getBean(AppUserRepository.class);
		this.institutions = context.getBean(InstitutionRepository.class);
		this.userDetails = context.getBean(UserDetailsService.class);
		this.passwordEncoder = context.getBean(PasswordEncoder.class);
		this.prefix = prefix;
	}

	/** A new account with this role and no institution (a coordinator's, an admin's). */
	public UserDetails signIn(StaffRole role) {
		return signIn(role, (Institution) null);
	}

	/** A new account with this role, signed in (no password anyone could type). */
	public UserDetails signIn(StaffRole role, Institution institution) {
		return this.userDetails.loadUserByUsername(account(role, institution, null));
	}

	/** A new account with this role and the institution of this id (or none). */
	public UserDetails signIn(StaffRole role, Long institutionId) {
		return signIn(role, (institutionId != null) ? this.institutions.findById(institutionId).orElseThrow() : null);
	}

	/**
	 * A new account's user name; with a password to sign in with through the sign-in page
	 * (hashed as the application hashes it), or none.
	 */
	public String account(StaffRole role, Institution institution, String password) {
		String name = this.prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		String hash = (password != null) ? this.passwordEncoder.encode(password) : "{noop}" + UUID.randomUUID();
		this.users.save(new AppUser(name, hash, role, institution));
		this.usernames.add(name);
		return name;
	}

	/** Deletes every account made here. */
	public void deleteAll() {
		this.usernames.forEach((name) -> this.users.findByUsername(name).ifPresent(this.users::delete));
		this.usernames.clear();
	}

}
