package lv.mfa.registry.shared.form;

import java.util.List;

/**
 * A save refused by the record's rules (a taken code, an unknown choice, a row outside
 * the event's days). Nothing is saved; {@link EditorFlow} puts each problem beside its
 * field on the form shown again.
 */
public class FormRuleException extends RuntimeException {

	private final List<FormProblems.Problem> problems;

	public FormRuleException(List<FormProblems.Problem> problems) {
		super(problems.size() + " form rule(s) broken: "
				+ problems.stream().map((problem) -> problem.field() + " " + problem.code()).toList());
		this.problems = List.copyOf(problems);
	}

	public List<FormProblems.Problem> problems() {
		return this.problems;
	}

}
