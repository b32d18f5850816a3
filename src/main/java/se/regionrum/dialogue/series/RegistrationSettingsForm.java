package se.regionrum.dialogue.series;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the series form and the meeting form both set: publication and the registration rules
 * (a meeting's own rules stand in for its series'). The fields come last on both pages, so the
 * error summary, which lists a form's own fields before its superclass's, keeps the page's order.
 */
public abstract class RegistrationSettingsForm {

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

	private boolean waitingList = true;

	/** The stored settings; the publication time is shown in the region's local time. */
	protected final void copySettings(boolean published, Instant publishAt, LocalDate registrationDeadline,
			Integer capacity, Integer perOrganisationLimit, boolean waitingList) {
		this.published = published;
		this.publishAt = publishAt == null ? null : LocalDateTime.ofInstant(publishAt, Series.ZONE);
		this.registrationDeadline = registrationDeadline;
		this.capacity = capacity;
		this.perOrganisationLimit = perOrganisationLimit;
		this.waitingList = waitingList;
	}

	/** The settings as an API client sent them: left out (null), published is false and waitingList true. */
	public final void requestedSettings(Boolean published, LocalDateTime publishAt, LocalDate registrationDeadline,
			Integer capacity, Integer perOrganisationLimit, Boolean waitingList) {
		this.published = Boolean.TRUE.equals(published);
		this.publishAt = publishAt;
		this.registrationDeadline = registrationDeadline;
		this.capacity = capacity;
		this.perOrganisationLimit = perOrganisationLimit;
		this.waitingList = !Boolean.FALSE.equals(waitingList);
	}

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
	public boolean isWaitingList() { return waitingList; }
	public void setWaitingList(boolean waitingList) { this.waitingList = waitingList; }

}
