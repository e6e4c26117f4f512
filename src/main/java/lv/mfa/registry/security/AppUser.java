package lv.mfa.registry.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lv.mfa.registry.reference.Institution;

/**
 * A member of staff who signs in. Editors belong to an institution; the password is kept
 * only as an adaptive hash.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private StaffRole role;

	@ManyToOne(fetch = FetchType.LAZY)
	private Institution institution;

	private boolean enabled = true;

	private int failedAttempts;

	@Version
	private long version;

	protected AppUser() {
	}

	public AppUser(String username, String passwordHash, StaffRole role, Institution institution) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.institution = institution;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public StaffRole getRole() {
		return this.role;
	}

	public void setRole(StaffRole role, Institution institution) {
		this.role = role;
		this.institution = institution;
	}

	public Institution getInstitution() {
		return this.institution;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getFailedAttempts() {
		return this.failedAttempts;
	}

	public long getVersion() {
		return this.version;
	}

}
