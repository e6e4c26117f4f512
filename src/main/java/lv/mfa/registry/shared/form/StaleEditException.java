package lv.mfa.registry.shared.form;

/**
 * Someone else saved the record since the user opened its form: the save is refused, the
 * database keeps the other version, and the form is shown again with what the user typed
 * (see {@link EditorFlow}). Thrown by {@link Versions#check}.
 */
public class StaleEditException extends RuntimeException {

	private final long recordVersion;

	public StaleEditException(long recordVersion) {
		super("the record is at version " + recordVersion + " now");
		this.recordVersion = recordVersion;
	}

	/** The version saved now, for a page that offers to save over it. */
	public long recordVersion() {
		return this.recordVersion;
	}

}
