package se.regionrum.followup.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A mid-term or final evaluation as a user types it. */
public record EvaluationForm(
		@NotNull(message = "{followup.evaluation.kind.required}") EvaluationKind kind,
		@NotBlank(message = "{followup.evaluation.title.required}") @Size(max = 300,
				message = "{validation.tooLong}") String title,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate evaluatedOn,
		Long meetingId,
		@Size(max = 20000, message = "{validation.tooLong}") String assessment,
		List<Long> surveyIds) {

	// no survey ticked binds as null; the service replaces the links with this list
	public EvaluationForm {
		surveyIds = surveyIds == null ? new ArrayList<>() : new ArrayList<>(surveyIds);
	}

	/** A new evaluation, mid-term until the user picks another kind. */
	static EvaluationForm empty() {
		return new EvaluationForm(EvaluationKind.MIDTERM, null, null, null, null, null);
	}

}
