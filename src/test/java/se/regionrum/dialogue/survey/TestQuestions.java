package se.regionrum.dialogue.survey;

import java.util.List;

/** Questions for tests, as the builder gives them. */
final class TestQuestions {

	private TestQuestions() {
	}

	static QuestionForm text(String text) {
		return new QuestionForm(QuestionKind.FREE_TEXT, text, false, null, null, null, null, null);
	}

	static QuestionForm requiredText(String text) {
		return new QuestionForm(QuestionKind.FREE_TEXT, text, true, null, null, null, null, null);
	}

	static QuestionForm scale(String text) {
		return new QuestionForm(QuestionKind.SCALE, text, false, null, 1, 5, "Inte alls", "Mycket");
	}

	static QuestionForm choice(String text, String... options) {
		return new QuestionForm(QuestionKind.SINGLE_CHOICE, text, false, List.of(options), null, null, null, null);
	}

	static QuestionForm of(QuestionKind kind, String text, boolean required, String... options) {
		return new QuestionForm(kind, text, required, List.of(options), null, null, null, null);
	}

}
