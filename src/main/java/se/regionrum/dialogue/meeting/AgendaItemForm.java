package se.regionrum.dialogue.meeting;

import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** An agenda point, new or changed; the times are checked against the meeting by AgendaService. */
public class AgendaItemForm {

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime startTime;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime endTime;

	@NotBlank(message = "{dialogue.validation.title}")
	@Size(max = 300, message = "{dialogue.validation.tooLong}")
	private String title;

	@Size(max = 200, message = "{dialogue.validation.tooLong}")
	private String speaker;

	@Size(max = 200, message = "{dialogue.validation.tooLong}")
	private String speakerOrganisation;

	public AgendaItemForm() {
	}

	public AgendaItemForm(LocalTime startTime, String title, String speaker, String speakerOrganisation) {
		this(startTime, null, title, speaker, speakerOrganisation);
	}

	public AgendaItemForm(LocalTime startTime, LocalTime endTime, String title, String speaker,
			String speakerOrganisation) {
		this.startTime = startTime;
		this.endTime = endTime;
		this.title = title;
		this.speaker = speaker;
		this.speakerOrganisation = speakerOrganisation;
	}

	public static AgendaItemForm of(AgendaItem item) {
		return new AgendaItemForm(item.startTime(), item.endTime(), item.title(), item.speaker(),
				item.speakerOrganisation());
	}

	public LocalTime getStartTime() { return startTime; }
	public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
	public LocalTime getEndTime() { return endTime; }
	public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getSpeaker() { return speaker; }
	public void setSpeaker(String speaker) { this.speaker = speaker; }
	public String getSpeakerOrganisation() { return speakerOrganisation; }
	public void setSpeakerOrganisation(String speakerOrganisation) { this.speakerOrganisation = speakerOrganisation; }

}
