package se.regionrum.analysis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import se.regionrum.analysis.input.ProblemText;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;

/** Asserts on the problems a reader rejects a file with. */
public final class ImportProblems {

	private ImportProblems() {
	}

	/** The problems of the rejection the call must end in, each also rendered in Swedish (which must work). */
	public static List<ImportProblem> of(ThrowingCallable call) {
		ImportRejectedException[] caught = new ImportRejectedException[1];
		assertThatThrownBy(call).isInstanceOfSatisfying(ImportRejectedException.class, ex -> caught[0] = ex);
		ProblemText text = new ProblemText(Locale.forLanguageTag("sv"));
		for (ImportProblem problem : caught[0].problems()) {
			String rendered = text.describe(problem);
			if (rendered.endsWith(problem.messageKey())) {
				throw new AssertionError("no message for " + problem.messageKey());
			}
		}
		return caught[0].problems();
	}

	/** {@code row:column:key} per problem, for compact assertions. */
	public static List<String> summary(ThrowingCallable call) {
		return of(call).stream().map(p -> p.row() + ":" + p.column() + ":" + p.messageKey()).toList();
	}
}
