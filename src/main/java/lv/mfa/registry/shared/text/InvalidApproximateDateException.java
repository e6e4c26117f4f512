package lv.mfa.registry.shared.text;

/**
 * A date that {@link ApproximateDate#parse} cannot read; its message key
 * ({@code date.approximate.*}, one argument: what was typed) says why in the reader's
 * language.
 */
public class InvalidApproximateDateException extends IllegalArgumentException {

	private final String messageKey;

	private final String typed;

	public InvalidApproximateDateException(String messageKey, String typed) {
		super(messageKey + ": " + typed);
		this.messageKey = messageKey;
		this.typed = typed;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public String getTyped() {
		return this.typed;
	}

}
