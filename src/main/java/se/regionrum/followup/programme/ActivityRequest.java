package se.regionrum.followup.programme;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An activity as API clients send it: a dialogue meeting, or an activity of its own kind. */
@Schema(description = "An activity of a programme: a dialogue meeting, or an activity of its own kind")
public record ActivityRequest(
		@NotNull(message = "{followup.activity.actionArea.required}") Long actionAreaId,
		@NotNull(message = "{followup.activity.kind.required}") ActivityKind kind,
		Long meetingId,
		Long seriesId,
		@Size(max = 300, message = "{validation.tooLong}") String title,
		LocalDate activityDate,
		@Size(max = 300, message = "{validation.tooLong}") String place,
		@Min(value = 0, message = "{validation.notNegative}") @Max(value = 1000000, message = "{followup.activity.participants.range}") Integer participants,
		@Size(max = 10000, message = "{validation.tooLong}") String account) {

	ActivityForm toForm() {
		ActivityForm form = new ActivityForm(actionAreaId, kind, meetingId, title, activityDate, place, participants,
				account);
		form.setSeriesId(seriesId);
		return form;
	}

}
