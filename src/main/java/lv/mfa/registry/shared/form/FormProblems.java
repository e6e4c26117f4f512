package lv.mfa.registry.shared.form;

import java.util.ArrayList;
import java.util.List;

/**
 * What a service found wrong with a form, field by field, in the domain's words (a field
 * name, a message key and its arguments), so services need not know Spring's
 * {@code Errors}. Collected while every rule is checked, then thrown at once
 * ({@link #throwIfAny}) so the user sees all of them together.
 */
public final class FormProblems {

	/**
	 * One rule a form breaks: beside a field, or about the whole form when field is null.
	 */
	public record Problem(String field, String code, Object... args) {
	}

	private final List<Problem> problems = new ArrayList<>();

	/** A problem beside one field (a path such as {@code agenda[2].day}). */
	public FormProblems reject(String field, String code, Object... args) {
		this.problems.add(new Problem(field, code, args));
		return this;
	}

	/** A problem with the form as a whole. */
	public FormProblems rejectForm(String code, Object... args) {
		return reject(null, code, args);
	}

	public boolean isEmpty() {
		return this.problems.isEmpty();
	}

	/** Whether a problem has been found beside this field already. */
	public boolean has(String field) {
		return this.problems.stream().anyMatch((problem) -> field.equals(problem.field()));
	}

	/** Ends the save with every problem found, when there is any. */
	public void throwIfAny() {
		if (!this.problems.isEmpty()) {
			throw new FormRuleException(this.problems);
		}
	}

	/** A single problem, thrown at once. */
	public static FormRuleException of(String field, String code, Object... args) {
		return new FormRuleException(List.of(new Problem(field, code, args)));
	}

}
