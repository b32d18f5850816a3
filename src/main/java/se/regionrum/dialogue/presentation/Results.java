package se.regionrum.dialogue.presentation;

import java.util.List;

/**
 * Results of one question. A row's {@code count} is the number of answers choosing it (choice,
 * scale), giving the word (word cloud) or, for ranking, its points (Borda count: first place gives
 * as many points as there are options, last place one); {@code percent} is of the answers, or for
 * ranking of the highest score. {@code key} identifies a row across updates (option index, scale
 * step, normalised word, answer id, Q&A entry id).
 */
public record Results(Question question, int answers, List<Row> rows, Double mean, List<QaEntry> qa) {

	public record Row(String key, String label, int count, int percent) {
	}

	public boolean hidden() {
		return question.resultsHidden();
	}

	public boolean isRanking() {
		return question.kind() == QuestionKind.RANKING;
	}

	/** Points of the first place in a ranking: one per option. */
	public int firstPlacePoints() {
		return question.optionList().size();
	}

}
