package se.regionrum.followup.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A mid-term or final evaluation as a user types it. */
public class EvaluationForm {

	@NotNull(message = "{followup.evaluation.kind.required}")
	private EvaluationKind kind;

	@NotBlank(message = "{followup.evaluation.title.required}") @Size(max = 300, message = "{validation.tooLong}")
	private String title;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate evaluatedOn;

	private Long meetingId;

	@Size(max = 20000, message = "{validation.tooLong}")
	private String assessment;

	private List<Long> surveyIds = new ArrayList<>();

	public EvaluationForm() {
	}

	public EvaluationForm(EvaluationKind kind, String title, LocalDate evaluatedOn, Long meetingId, String assessment,
			List<Long> surveyIds) {
		this.kind = kind;
		this.title = title;
		this.evaluatedOn = evaluatedOn;
		this.meetingId = meetingId;
		this.assessment = assessment;
		this.surveyIds = surveyIds == null ? new ArrayList<>() : new ArrayList<>(surveyIds);
	}

	public EvaluationKind getKind() {
		return kind;
	}

	public void setKind(EvaluationKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getEvaluatedOn() {
		return evaluatedOn;
	}

	public void setEvaluatedOn(LocalDate evaluatedOn) {
		this.evaluatedOn = evaluatedOn;
	}

	public Long getMeetingId() {
		return meetingId;
	}

	public void setMeetingId(Long meetingId) {
		this.meetingId = meetingId;
	}

	public String getAssessment() {
		return assessment;
	}

	public void setAssessment(String assessment) {
		this.assessment = assessment;
	}

	public List<Long> getSurveyIds() {
		return surveyIds;
	}

	public void setSurveyIds(List<Long> surveyIds) {
		this.surveyIds = surveyIds;
	}

}
