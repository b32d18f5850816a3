package se.regionrum.dialogue.survey;

/** What a survey question asks for, and so how it is answered and counted. */
public enum QuestionKind {

	/** Free text; results group equal answers and rank them by how often they occur. */
	FREE_TEXT(false),
	/** A number on a scale with labelled ends, for example 1 (not at all) to 5 (very much). */
	SCALE(false),
	/** One of the options. */
	SINGLE_CHOICE(true),
	/** Any number of the options. */
	MULTIPLE_CHOICE(true),
	/** All options put in order; results give points by place. */
	RANKING(true),
	/** Yes or no. */
	YES_NO(false);

	private final boolean hasOptions;

	QuestionKind(boolean hasOptions) {
		this.hasOptions = hasOptions;
	}

	/** Whether the organiser writes the options (one a line). */
	public boolean hasOptions() {
		return hasOptions;
	}

}
