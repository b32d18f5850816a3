package se.regionrum.followup.programme;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A mid-term or final evaluation as API clients send it. */
@Schema(description = "A mid-term or final evaluation of a programme")
public record EvaluationRequest(
		@NotNull(message = "{followup.evaluation.kind.required}") EvaluationKind kind,
		@NotBlank(message = "{followup.evaluation.title.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
		LocalDate evaluatedOn,
		Long meetingId,
		@Size(max = 20000, message = "{validation.tooLong}") String assessment,
		List<Long> surveyIds) {

	EvaluationForm toForm() {
		return new EvaluationForm(kind, title, evaluatedOn, meetingId, assessment, surveyIds);
	}

}
