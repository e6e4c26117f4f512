package lv.mfa.registry.priority.admin;

import java.util.List;

/** Rows of a bulk entry that cannot be saved; nothing of the batch was saved. */
class BulkEntryException extends RuntimeException {

	private final List<Problem> problems;

	BulkEntryException(List<Problem> problems) {
		super(problems.size() + " row problem(s)");
		this.problems = List.copyOf(problems);
	}

	List<Problem> problems() {
		return this.problems;
	}

	/**
	 * What is wrong with one row (0-based) and field, as a message key and the value
	 * typed.
	 */
	record Problem(int row, String field, String messageKey, String typed) {

	}

}
