package se.regionrum.followup.programme;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** An activity as a user types it: a dialogue meeting chosen from the list, or an activity of its own kind. */
public class ActivityForm {

	@NotNull(message = "{followup.activity.actionArea.required}")
	private Long actionAreaId;

	@NotNull(message = "{followup.activity.kind.required}")
	private ActivityKind kind;

	private Long meetingId;

	private Long seriesId;

	@Size(max = 300, message = "{validation.tooLong}")
	private String title;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate activityDate;

	@Size(max = 300, message = "{validation.tooLong}")
	private String place;

	@Min(value = 0, message = "{validation.notNegative}") @Max(value = 1000000, message = "{followup.activity.participants.range}")
	private Integer participants;

	@Size(max = 10000, message = "{validation.tooLong}")
	private String account;

	public ActivityForm() {
	}

	public ActivityForm(Long actionAreaId, ActivityKind kind, Long meetingId, String title, LocalDate activityDate,
			String place, Integer participants, String account) {
		this.actionAreaId = actionAreaId;
		this.kind = kind;
		this.meetingId = meetingId;
		this.title = title;
		this.activityDate = activityDate;
		this.place = place;
		this.participants = participants;
		this.account = account;
	}

	static ActivityForm of(Activity a) {
		ActivityForm form = new ActivityForm(a.actionAreaId(), a.kind(), a.meetingId(), a.title(), a.activityDate(),
				a.place(), a.participants(), a.account());
		form.setSeriesId(a.seriesId());
		return form;
	}

	public Long getSeriesId() {
		return seriesId;
	}

	public void setSeriesId(Long seriesId) {
		this.seriesId = seriesId;
	}

	public Long getActionAreaId() {
		return actionAreaId;
	}

	public void setActionAreaId(Long actionAreaId) {
		this.actionAreaId = actionAreaId;
	}

	public ActivityKind getKind() {
		return kind;
	}

	public void setKind(ActivityKind kind) {
		this.kind = kind;
	}

	public Long getMeetingId() {
		return meetingId;
	}

	public void setMeetingId(Long meetingId) {
		this.meetingId = meetingId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getActivityDate() {
		return activityDate;
	}

	public void setActivityDate(LocalDate activityDate) {
		this.activityDate = activityDate;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public Integer getParticipants() {
		return participants;
	}

	public void setParticipants(Integer participants) {
		this.participants = participants;
	}

	public String getAccount() {
		return account;
	}

	public void setAccount(String account) {
		this.account = account;
	}

}
