package lv.mfa.registry.shared.form;

/**
 * The one stale-version check every editor makes before changing a record: the form
 * carries the version it was opened at, and a save over any other version is refused. A
 * save that passes this check but loses the race to the commit ends the same way:
 * {@link EditorFlow} maps Hibernate's optimistic-lock failure onto the same conflict.
 */
public final class Versions {

	private Versions() {
	}

	/**
	 * Refuses a form opened at another version than the record's (or sent without one).
	 * @throws StaleEditException when the versions differ
	 */
	public static void check(long recordVersion, Long formVersion) {
		if (formVersion == null || formVersion != recordVersion) {
			throw new StaleEditException(recordVersion);
		}
	}

}
