package se.regionrum.strategy.consultation;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * An organisation's response to a consultation as API clients send it: a summary and a stance (with
 * a remark) per goal of the draft. Not {@code ResponseRequest}: the survey API has a body of that
 * name, and the OpenAPI document names schemas by simple class name.
 */
@Schema(description = "An organisation's response: an overall summary and a stance per goal of the draft")
public record ConsultationResponseRequest(
		@Size(max = 8000, message = "{validation.tooLong}") String summary,
		@Valid List<StanceRequest> stances) {

	ResponseForm toForm() {
		return new ResponseForm(summary, stances == null ? null
				: stances.stream().map(s -> s == null ? null : s.toEntry()).toList());
	}

	/** The stance on one goal; a goal left without stance is not answered. */
	@Schema(description = "The stance on one goal of the draft; a goal left without stance is not answered")
	public record StanceRequest(
			Long goalId,
			Stance stance,
			@Size(max = 4000, message = "{validation.tooLong}") String remark) {

		ResponseForm.StanceEntry toEntry() {
			return new ResponseForm.StanceEntry(goalId, stance, remark);
		}

	}

}
