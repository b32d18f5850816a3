package se.regionrum.dialogue.series;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;


/** The series form of the pages (the API takes {@link SeriesRequest}). A JavaBean so that a wrongly typed value keeps the form. */
public class SeriesForm {

	@NotNull(message = "{dialogue.validation.kind}")
	private SeriesKind kind;

	@NotBlank(message = "{dialogue.validation.title}")
	@Size(max = 300, message = "{dialogue.validation.tooLong}")
	private String title;

	private String description;

	private String purpose;

	private String targetGroup;

	private boolean published;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime publishAt;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate registrationDeadline;

	@Min(value = 1, message = "{dialogue.validation.positive}")
	@Max(value = 100000, message = "{dialogue.validation.positive}")
	private Integer capacity;

	@Min(value = 1, message = "{dialogue.validation.positive}")
	@Max(value = 100000, message = "{dialogue.validation.positive}")
	private Integer perOrganisationLimit;

	private boolean seriesRegistrationOnly;

	private boolean waitingList = true;

	private List<Long> organiserIds = new ArrayList<>();

	public static SeriesForm of(Series s) {
		SeriesForm form = new SeriesForm();
		form.kind = s.kind();
		form.title = s.title();
		form.description = s.description();
		form.purpose = s.purpose();
		form.targetGroup = s.targetGroup();
		form.published = s.published();
		form.publishAt = s.publishAt() == null ? null : LocalDateTime.ofInstant(s.publishAt(), Series.ZONE);
		form.registrationDeadline = s.registrationDeadline();
		form.capacity = s.capacity();
		form.perOrganisationLimit = s.perOrganisationLimit();
		form.seriesRegistrationOnly = s.seriesRegistrationOnly();
		form.waitingList = s.waitingList();
		form.organiserIds = new ArrayList<>(s.organiserIds());
		return form;
	}

	public SeriesKind getKind() { return kind; }
	public void setKind(SeriesKind kind) { this.kind = kind; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getPurpose() { return purpose; }
	public void setPurpose(String purpose) { this.purpose = purpose; }
	public String getTargetGroup() { return targetGroup; }
	public void setTargetGroup(String targetGroup) { this.targetGroup = targetGroup; }
	public boolean isPublished() { return published; }
	public void setPublished(boolean published) { this.published = published; }
	public LocalDateTime getPublishAt() { return publishAt; }
	public void setPublishAt(LocalDateTime publishAt) { this.publishAt = publishAt; }
	public LocalDate getRegistrationDeadline() { return registrationDeadline; }
	public void setRegistrationDeadline(LocalDate registrationDeadline) { this.registrationDeadline = registrationDeadline; }
	public Integer getCapacity() { return capacity; }
	public void setCapacity(Integer capacity) { this.capacity = capacity; }
	public Integer getPerOrganisationLimit() { return perOrganisationLimit; }
	public void setPerOrganisationLimit(Integer perOrganisationLimit) { this.perOrganisationLimit = perOrganisationLimit; }
	public boolean isSeriesRegistrationOnly() { return seriesRegistrationOnly; }
	public void setSeriesRegistrationOnly(boolean seriesRegistrationOnly) { this.seriesRegistrationOnly = seriesRegistrationOnly; }
	public boolean isWaitingList() { return waitingList; }
	public void setWaitingList(boolean waitingList) { this.waitingList = waitingList; }
	public List<Long> getOrganiserIds() { return organiserIds; }
	public void setOrganiserIds(List<Long> organiserIds) { this.organiserIds = organiserIds == null ? new ArrayList<>() : organiserIds; }

}
