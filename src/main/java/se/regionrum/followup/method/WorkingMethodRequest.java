package se.regionrum.followup.method;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A working method as API clients send it; texts are Markdown. */
@Schema(description = "A working method; texts are Markdown, the links replace the existing ones")
public record WorkingMethodRequest(
		@NotBlank(message = "{handbook.method.title.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
		@NotNull(message = "{handbook.method.owner.required}") Long ownerOrganisationId,
		@NotBlank(message = "{handbook.method.summary.required}") @Size(max = 2000, message = "{validation.tooLong}") String summary,
		@Size(max = WorkingMethodForm.LONG, message = "{validation.tooLong}") String whenToUse,
		@Size(max = WorkingMethodForm.LONG, message = "{validation.tooLong}") String steps,
		@Size(max = WorkingMethodForm.LONG, message = "{validation.tooLong}") String roles,
		@Size(max = 300, message = "{validation.tooLong}") String timeNeeded,
		@Size(max = WorkingMethodForm.LONG, message = "{validation.tooLong}") String tips,
		List<Long> meetingIds,
		List<Long> practiceCaseIds,
		List<Long> programmeIds) {

	WorkingMethodForm toForm() {
		WorkingMethodForm form = new WorkingMethodForm(title, ownerOrganisationId, summary, whenToUse, steps, roles,
				timeNeeded, tips, meetingIds, practiceCaseIds);
		form.setProgrammeIds(programmeIds);
		return form;
	}

}
