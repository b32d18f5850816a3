package se.regionrum.dialogue.poll;

import java.util.List;

/**
 * Results of a poll: one row per word (word cloud, equal words grouped ignoring case and
 * surrounding spaces, most frequent first), option (choice, ranking points) or scale step.
 */
public record PollResults(Poll poll, int answers, List<Row> rows, Double mean, boolean hidden) {

	public record Row(String label, int count, int percent) {
	}

}
