package se.regionrum.dialogue.meeting;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.regionrum.dialogue.series.RegistrationSettingsForm;

/**
 * The meeting form of the pages (the API takes {@link MeetingRequest}); publication and the
 * registration rules, as on the series form, come from {@link RegistrationSettingsForm}. A JavaBean
 * so that a wrongly typed value keeps the form.
 */
public class MeetingForm extends RegistrationSettingsForm {

	private Long seriesId;

	private Long organiserId;

	@NotNull(message = "{dialogue.validation.kind}")
	private MeetingKind kind;

	@NotBlank(message = "{dialogue.validation.title}")
	@Size(max = 300, message = "{dialogue.validation.tooLong}")
	private String title;

	@NotNull(message = "{dialogue.validation.date}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull(message = "{dialogue.validation.startTime}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime startTime;

	@NotNull(message = "{dialogue.validation.endTime}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime endTime;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime coffeeTime;

	@Size(max = 300, message = "{dialogue.validation.tooLong}")
	private String place;

	@Size(max = 500, message = "{dialogue.validation.tooLong}")
	private String onlineUrl;

	private String theme;

	private String description;

	private String documents;

	public static MeetingForm of(Meeting m) {
		MeetingForm f = new MeetingForm();
		f.seriesId = m.seriesId();
		f.organiserId = m.organiserId();
		f.kind = m.kind();
		f.title = m.title();
		f.date = m.date();
		f.startTime = m.startTime();
		f.endTime = m.endTime();
		f.coffeeTime = m.coffeeTime();
		f.place = m.place();
		f.onlineUrl = m.onlineUrl();
		f.theme = m.theme();
		f.description = m.description();
		f.documents = m.documents();
		f.copySettings(m.published(), m.publishAt(), m.registrationDeadline(), m.capacity(), m.perOrganisationLimit(),
				m.waitingList());
		return f;
	}

	public Long getSeriesId() { return seriesId; }
	public void setSeriesId(Long seriesId) { this.seriesId = seriesId; }
	public Long getOrganiserId() { return organiserId; }
	public void setOrganiserId(Long organiserId) { this.organiserId = organiserId; }
	public MeetingKind getKind() { return kind; }
	public void setKind(MeetingKind kind) { this.kind = kind; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public LocalDate getDate() { return date; }
	public void setDate(LocalDate date) { this.date = date; }
	public LocalTime getStartTime() { return startTime; }
	public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
	public LocalTime getEndTime() { return endTime; }
	public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
	public LocalTime getCoffeeTime() { return coffeeTime; }
	public void setCoffeeTime(LocalTime coffeeTime) { this.coffeeTime = coffeeTime; }
	public String getPlace() { return place; }
	public void setPlace(String place) { this.place = place; }
	public String getOnlineUrl() { return onlineUrl; }
	public void setOnlineUrl(String onlineUrl) { this.onlineUrl = onlineUrl; }
	public String getTheme() { return theme; }
	public void setTheme(String theme) { this.theme = theme; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getDocuments() { return documents; }
	public void setDocuments(String documents) { this.documents = documents; }

}
