package se.regionrum.dialogue.survey;

import java.util.Arrays;
import java.util.List;

/**
 * A survey or evaluation after a meeting or a series.
 *
 * @param publicKey the unguessable key of its answering link {@code /s/{publicKey}}
 */
public record Survey(long id, Long meetingId, Long seriesId, String title, String intro, SurveyStatus status,
		String publicKey) {

	/** Whether participants can answer now. */
	public boolean open() {
		return status == SurveyStatus.PUBLISHED;
	}

	public boolean draft() {
		return status == SurveyStatus.DRAFT;
	}

	/**
	 * A question. Options (one a line) for the choice kinds and ranking; the range and the labels
	 * of its two ends for a scale.
	 */
	public record Question(long id, int position, QuestionKind kind, String text, String options, boolean required,
			Integer scaleMin, Integer scaleMax, String minLabel, String maxLabel) {

		public List<String> optionList() {
			if (kind == QuestionKind.YES_NO) {
				return List.of(YES, NO);
			}
			return options == null ? List.of()
					: Arrays.stream(options.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}

		/** The steps of a scale, lowest first; empty for the other kinds. */
		public List<Integer> scaleSteps() {
			if (kind != QuestionKind.SCALE || scaleMin == null || scaleMax == null) {
				return List.of();
			}
			return java.util.stream.IntStream.rangeClosed(scaleMin, scaleMax).boxed().toList();
		}

	}

	/** The stored values of a yes/no answer; the pages show them in the reader's language. */
	public static final String YES = "YES";

	public static final String NO = "NO";

	/**
	 * Results of one question: {@code answers} is the number of participants who answered it.
	 * Rows are options (choice, yes/no), scale steps (lowest first), free-text answers grouped and
	 * most frequent first, or ranking options with most points first. {@code mean} only for a scale.
	 */
	public record QuestionResult(Question question, int answers, List<Row> rows, Double mean) {
	}

	/**
	 * One row of a result. For a ranking, {@code points} is the sum of its points (place 1 of n
	 * gives n points, the last place 1), {@code count} how many put it first and {@code percent}
	 * their share; {@code points} is null for the other kinds.
	 */
	public record Row(String label, int count, int percent, Integer points) {

		public Row(String label, int count, int percent) {
			this(label, count, percent, null);
		}

	}

}
