package se.regionrum.indicators.flow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.regionrum.indicators.Gender;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;

/**
 * Gathers the flows of one file and the problems found on the way, for the CSV and the JSON-stat2
 * reader alike: a value per flow at most once, counts that are whole non-negative numbers, years
 * that look like years. After {@link #MAX_PROBLEMS} problems reading stops: a file that bad is
 * better fixed from the first ones.
 */
final class FlowCollector {

	static final int MAX_PROBLEMS = 100;

	private final List<ParsedFlow> flows = new ArrayList<>();

	private final Set<String> keys = new HashSet<>();

	private final List<ImportProblem> problems = new ArrayList<>();

	void problem(int row, String column, String key, Object... arguments) {
		problems.add(new ImportProblem(row, column, key, arguments));
	}

	boolean full() {
		return problems.size() >= MAX_PROBLEMS;
	}

	boolean hasProblems() {
		return !problems.isEmpty();
	}

	/** Null for a year that is none (the problem is recorded). */
	Integer year(String text, int row, String column) {
		String t = text == null ? "" : text.strip();
		if (t.matches("(19|20)\\d{2}")) {
			return Integer.valueOf(t);
		}
		problem(row, column, "flows.import.badYear", t);
		return null;
	}

	/**
	 * The count of a cell: null for SCB's marks of a figure not shown (".." or "." or "-" or empty),
	 * -1 for a value that is no count (the problem is recorded).
	 */
	Integer persons(String text, int row, String column) {
		String t = text == null ? "" : text.strip().replace("\u00a0", "").replace(" ", "");
		if (t.isEmpty() || t.equals("..") || t.equals(".") || t.equals("-") || t.equals("..C")) {
			return null;
		}
		if (!t.matches("\\d{1,9}")) {
			problem(row, column, "flows.import.badCount", text.strip());
			return -1;
		}
		return Integer.valueOf(t);
	}

	void add(String home, String work, int year, Gender gender, int persons, int row, String column) {
		ParsedFlow flow = new ParsedFlow(home, work, year, gender, persons);
		if (!keys.add(flow.key())) {
			problem(row, column, "flows.import.duplicate", home, work, year, gender.name());
			return;
		}
		flows.add(flow);
	}

	/** The flows read, or the problems found as an exception. */
	List<ParsedFlow> result() {
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		if (flows.isEmpty()) {
			throw new ImportRejectedException(List.of(ImportProblem.ofFile("flows.import.noFlows")));
		}
		return flows;
	}

}
