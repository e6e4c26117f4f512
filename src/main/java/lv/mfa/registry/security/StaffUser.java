package lv.mfa.registry.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in member of staff as Spring Security holds them: their role and, for an
 * editor, the institution whose records they may change.
 */
public class StaffUser extends User {

	private final StaffRole role;

	private final Long institutionId;

	private final Long id;

	private final long version;

	StaffUser(AppUser user) {
		super(user.getUsername(), user.getPasswordHash(), user.isEnabled(), true, true, true,
				List.of(new SimpleGrantedAuthority(user.getRole().authority())));
		this.role = user.getRole();
		this.institutionId = (user.getInstitution() != null) ? user.getInstitution().getId() : null;
		this.id = user.getId();
		this.version = user.getVersion();
	}

	Long getId() {
		return this.id;
	}

	/**
	 * The account's version when this session signed in: any later change to the account
	 * (role, institution, enabled, password) ends the session
	 * ({@link StaffSessionCheck}).
	 */
	long getVersion() {
		return this.version;
	}

	public StaffRole getRole() {
		return this.role;
	}

	/** The editor's institution; {@code null} for coordinators and admins. */
	public Long getInstitutionId() {
		return this.institutionId;
	}

	/** Coordinators and admins edit everything; editors only their institution's. */
	public boolean isCoordinator() {
		return this.role == StaffRole.COORDINATOR || this.role == StaffRole.ADMIN;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
