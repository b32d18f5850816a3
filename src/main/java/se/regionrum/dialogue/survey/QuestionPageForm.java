package se.regionrum.dialogue.survey;

import java.util.Arrays;

/** The builder page's question form: options typed one a line. */
public class QuestionPageForm {

	private QuestionKind kind;

	private String text;

	private boolean required;

	private String options;

	private Integer scaleMin = 1;

	private Integer scaleMax = 5;

	private String minLabel;

	private String maxLabel;

	static QuestionPageForm of(QuestionKind kind) {
		QuestionPageForm form = new QuestionPageForm();
		form.kind = kind;
		return form;
	}

	static QuestionPageForm of(Survey.Question q) {
		QuestionPageForm form = of(q.kind());
		form.text = q.text();
		form.required = q.required();
		form.options = q.kind().hasOptions() ? String.join("\n", q.optionList()) : null;
		if (q.kind() == QuestionKind.SCALE) {
			form.scaleMin = q.scaleMin();
			form.scaleMax = q.scaleMax();
			form.minLabel = q.minLabel();
			form.maxLabel = q.maxLabel();
		}
		return form;
	}

	QuestionForm toForm() {
		return new QuestionForm(kind, text, required, options == null ? null : Arrays.asList(options.split("\\R")),
				scaleMin, scaleMax, minLabel, maxLabel);
	}

	public QuestionKind getKind() {
		return kind;
	}

	public void setKind(QuestionKind kind) {
		this.kind = kind;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public boolean isRequired() {
		return required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

	public String getOptions() {
		return options;
	}

	public void setOptions(String options) {
		this.options = options;
	}

	public Integer getScaleMin() {
		return scaleMin;
	}

	public void setScaleMin(Integer scaleMin) {
		this.scaleMin = scaleMin;
	}

	public Integer getScaleMax() {
		return scaleMax;
	}

	public void setScaleMax(Integer scaleMax) {
		this.scaleMax = scaleMax;
	}

	public String getMinLabel() {
		return minLabel;
	}

	public void setMinLabel(String minLabel) {
		this.minLabel = minLabel;
	}

	public String getMaxLabel() {
		return maxLabel;
	}

	public void setMaxLabel(String maxLabel) {
		this.maxLabel = maxLabel;
	}

}
