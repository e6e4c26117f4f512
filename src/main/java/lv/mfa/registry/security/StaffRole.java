package lv.mfa.registry.security;

/**
 * What a member of staff may do: EDITOR edits their own institution's events and task
 * progress, COORDINATOR edits and publishes everything of a presidency, ADMIN manages
 * users and reference data.
 */
public enum StaffRole {

	EDITOR, COORDINATOR, ADMIN;

	/** The authority Spring Security checks, e.g. {@code ROLE_EDITOR}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
