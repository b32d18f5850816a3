package se.regionrum.dialogue.meeting;

import java.time.LocalTime;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An agenda point as API clients send it; the times are checked against the meeting by AgendaService. */
@Schema(description = "An agenda point of a meeting; times as HH:mm")
public record AgendaItemRequest(
		LocalTime startTime,
		LocalTime endTime,
		@NotBlank(message = "{dialogue.validation.title}") @Size(max = 300, message = "{dialogue.validation.tooLong}") String title,
		@Size(max = 200, message = "{dialogue.validation.tooLong}") String speaker,
		@Size(max = 200, message = "{dialogue.validation.tooLong}") String speakerOrganisation) {

	AgendaItemForm toForm() {
		return new AgendaItemForm(startTime, endTime, title, speaker, speakerOrganisation);
	}

}
