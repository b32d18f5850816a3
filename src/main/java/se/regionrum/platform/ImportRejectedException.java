package se.regionrum.platform;

import java.util.List;

/** An import that found problems; nothing of it was saved. */
public class ImportRejectedException extends RuntimeException {

	private final List<ImportProblem> problems;

	public ImportRejectedException(List<ImportProblem> problems) {
		super(problems.size() + " problem(s) in the imported file");
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> problems() {
		return problems;
	}

}
