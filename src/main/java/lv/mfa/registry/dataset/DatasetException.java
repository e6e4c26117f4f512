package lv.mfa.registry.dataset;

import java.util.List;
import java.util.stream.Collectors;

/** A data set that cannot be loaded; nothing of it was saved. */
public class DatasetException extends RuntimeException {

	private final List<DatasetProblem> problems;

	DatasetException(List<DatasetProblem> problems) {
		super(problems.size() + " problem(s) in the data set:\n"
				+ problems.stream().map(DatasetProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<DatasetProblem> getProblems() {
		return this.problems;
	}

}
