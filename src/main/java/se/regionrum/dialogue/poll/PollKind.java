package se.regionrum.dialogue.poll;

/** Labels as {@code dialogue.pollKind.<NAME>}. */
public enum PollKind {

	WORD_CLOUD, SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, RANKING;

	public boolean hasOptions() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == RANKING;
	}

	/** Whether one answer holds several values (options chosen, or options in order). */
	public boolean takesMany() {
		return this == MULTIPLE_CHOICE || this == RANKING;
	}

}
