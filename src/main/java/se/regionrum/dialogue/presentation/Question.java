package se.regionrum.dialogue.presentation;

import java.util.Arrays;
import java.util.List;

/** One question of a presentation; a locked question takes no answers, hidden results stay off the screen. */
public record Question(long id, long presentationId, int position, QuestionKind kind, String text, String options,
		boolean locked, boolean resultsHidden) {

	public List<String> optionList() {
		if (options == null || options.isBlank()) {
			return List.of();
		}
		return Arrays.stream(options.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** Position counted from one, as people count. */
	public int number() {
		return position + 1;
	}

}
