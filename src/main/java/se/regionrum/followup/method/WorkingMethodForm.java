package se.regionrum.followup.method;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a user types for a method. Texts are Markdown. */
public class WorkingMethodForm {

	static final int LONG = 8000;

	// declared in the order of the form's fields, which the error summary follows
	@NotBlank(message = "{handbook.method.title.required}") @Size(max = 300, message = "{validation.tooLong}")
	private String title;

	@NotNull(message = "{handbook.method.owner.required}")
	private Long ownerOrganisationId;

	@NotBlank(message = "{handbook.method.summary.required}") @Size(max = 2000, message = "{validation.tooLong}")
	private String summary;

	@Size(max = LONG, message = "{validation.tooLong}")
	private String whenToUse;

	@Size(max = LONG, message = "{validation.tooLong}")
	private String steps;

	@Size(max = LONG, message = "{validation.tooLong}")
	private String roles;

	@Size(max = 300, message = "{validation.tooLong}")
	private String timeNeeded;

	@Size(max = LONG, message = "{validation.tooLong}")
	private String tips;

	private List<Long> meetingIds = new ArrayList<>();

	private List<Long> practiceCaseIds = new ArrayList<>();

	private List<Long> programmeIds = new ArrayList<>();

	public WorkingMethodForm() {
	}

	public WorkingMethodForm(String title, Long ownerOrganisationId, String summary, String whenToUse, String steps,
			String roles, String timeNeeded, String tips, List<Long> meetingIds, List<Long> practiceCaseIds) {
		this.title = title;
		this.ownerOrganisationId = ownerOrganisationId;
		this.summary = summary;
		this.whenToUse = whenToUse;
		this.steps = steps;
		this.roles = roles;
		this.timeNeeded = timeNeeded;
		this.tips = tips;
		this.meetingIds = meetingIds == null ? new ArrayList<>() : new ArrayList<>(meetingIds);
		this.practiceCaseIds = practiceCaseIds == null ? new ArrayList<>() : new ArrayList<>(practiceCaseIds);
	}

	static WorkingMethodForm of(WorkingMethod m) {
		WorkingMethodForm form = new WorkingMethodForm(m.title(), m.ownerOrganisationId(), m.summary(), m.whenToUse(),
				m.steps(), m.roles(), m.timeNeeded(), m.tips(), new ArrayList<>(m.linked(WorkingMethod.LinkKind.MEETING)),
				new ArrayList<>(m.linked(WorkingMethod.LinkKind.PRACTICE_CASE)));
		form.setProgrammeIds(new ArrayList<>(m.linked(WorkingMethod.LinkKind.PROGRAMME)));
		return form;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Long getOwnerOrganisationId() {
		return ownerOrganisationId;
	}

	public void setOwnerOrganisationId(Long ownerOrganisationId) {
		this.ownerOrganisationId = ownerOrganisationId;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getWhenToUse() {
		return whenToUse;
	}

	public void setWhenToUse(String whenToUse) {
		this.whenToUse = whenToUse;
	}

	public String getSteps() {
		return steps;
	}

	public void setSteps(String steps) {
		this.steps = steps;
	}

	public String getRoles() {
		return roles;
	}

	public void setRoles(String roles) {
		this.roles = roles;
	}

	public String getTimeNeeded() {
		return timeNeeded;
	}

	public void setTimeNeeded(String timeNeeded) {
		this.timeNeeded = timeNeeded;
	}

	public String getTips() {
		return tips;
	}

	public void setTips(String tips) {
		this.tips = tips;
	}

	public List<Long> getMeetingIds() {
		return meetingIds;
	}

	public void setMeetingIds(List<Long> meetingIds) {
		this.meetingIds = meetingIds == null ? new ArrayList<>() : meetingIds;
	}

	public List<Long> getProgrammeIds() {
		return programmeIds;
	}

	public void setProgrammeIds(List<Long> programmeIds) {
		this.programmeIds = programmeIds == null ? new ArrayList<>() : programmeIds;
	}

	public List<Long> getPracticeCaseIds() {
		return practiceCaseIds;
	}

	public void setPracticeCaseIds(List<Long> practiceCaseIds) {
		this.practiceCaseIds = practiceCaseIds == null ? new ArrayList<>() : practiceCaseIds;
	}

}
