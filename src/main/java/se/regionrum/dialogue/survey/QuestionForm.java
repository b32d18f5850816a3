package se.regionrum.dialogue.survey;

import java.util.List;

/**
 * A question as the builder (page or API) gives it. Only the fields of its kind count: options
 * for choice and ranking, the range and end labels for a scale (1–5 when not given).
 */
public record QuestionForm(QuestionKind kind, String text, boolean required, List<String> options, Integer scaleMin,
		Integer scaleMax, String minLabel, String maxLabel) {

	public QuestionForm {
		options = options == null ? List.of() : options.stream().map(o -> o == null ? "" : o).toList();
	}

	/** The form of an existing question, to edit it or to copy it into a new draft. */
	static QuestionForm of(Survey.Question q) {
		return new QuestionForm(q.kind(), q.text(), q.required(),
				q.kind().hasOptions() ? q.optionList() : List.of(), q.scaleMin(), q.scaleMax(), q.minLabel(), q.maxLabel());
	}

}
