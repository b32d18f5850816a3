package se.regionrum.dialogue.presentation;

/** The kinds of question a presentation holds; labels as {@code dialogue.presentation.kind.<NAME>}. */
public enum QuestionKind {

	WORD_CLOUD, SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, RANKING, OPEN_TEXT, QA;

	public boolean hasOptions() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == RANKING;
	}

	/** Whether one answer holds several values (options chosen, or options in order). */
	public boolean takesMany() {
		return this == MULTIPLE_CHOICE || this == RANKING;
	}

	/** Free text answers, grouped (word cloud) or listed (open text); the presenter may remove them. */
	public boolean isText() {
		return this == WORD_CLOUD || this == OPEN_TEXT;
	}

}
