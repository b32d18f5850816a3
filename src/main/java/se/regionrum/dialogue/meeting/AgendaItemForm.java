package se.regionrum.dialogue.meeting;

import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** An agenda point, new or changed; the times are checked against the meeting by AgendaService. */
public record AgendaItemForm(
		@DateTimeFormat(pattern = "HH:mm") LocalTime startTime,
		@DateTimeFormat(pattern = "HH:mm") LocalTime endTime,
		@NotBlank(message = "{dialogue.validation.title}")
		@Size(max = 300, message = "{dialogue.validation.tooLong}") String title,
		@Size(max = 200, message = "{dialogue.validation.tooLong}") String speaker,
		@Size(max = 200, message = "{dialogue.validation.tooLong}") String speakerOrganisation) {

	public AgendaItemForm(LocalTime startTime, String title, String speaker, String speakerOrganisation) {
		this(startTime, null, title, speaker, speakerOrganisation);
	}

	public static AgendaItemForm empty() {
		return new AgendaItemForm(null, null, null, null, null);
	}

	public static AgendaItemForm of(AgendaItem item) {
		return new AgendaItemForm(item.startTime(), item.endTime(), item.title(), item.speaker(),
				item.speakerOrganisation());
	}

}
