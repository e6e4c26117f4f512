package lv.mfa.registry.shared;

/**
 * Whether a record is visible to the public. New and changed records are drafts until the
 * coordinator publishes.
 */
public enum Publication {

	DRAFT, PUBLISHED

}
