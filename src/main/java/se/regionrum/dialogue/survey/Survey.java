package se.regionrum.dialogue.survey;

import java.util.Arrays;
import java.util.List;

/**
 * A survey or evaluation after a meeting or a series.
 *
 * @param publicKey the unguessable key of its answering link {@code /s/{publicKey}}
 */
public record Survey(long id, Long meetingId, Long seriesId, String title, String intro, boolean open,
		String publicKey) {

	/** A question: kind TEXT (free text), CHOICE (one option) or SCALE (1–5). */
	public record Question(long id, int position, String kind, String text, String options) {

		public List<String> optionList() {
			return options == null ? List.of()
					: Arrays.stream(options.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}

	}

	/** Results of one question; rows ranked by how often they occur for free text. */
	public record QuestionResult(Question question, int answers, List<Row> rows, Double mean) {
	}

	public record Row(String label, int count, int percent) {
	}

}
