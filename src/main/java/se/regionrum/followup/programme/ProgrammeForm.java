package se.regionrum.followup.programme;

import static se.regionrum.platform.Text.blank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a user types for a programme. Partners, results and lessons are typed one per line
 * (a partner as "Name | role"), which keeps the page a plain form that works without JavaScript.
 */
public class ProgrammeForm {

	@NotNull(message = "{followup.programme.kind.required}")
	private ProgrammeKind kind = ProgrammeKind.PROJECT;

	@NotBlank(message = "{followup.programme.name.required}") @Size(max = 300, message = "{validation.tooLong}")
	private String name;

	@Size(max = 10000, message = "{validation.tooLong}")
	private String summary;

	@Size(max = 10000, message = "{validation.tooLong}")
	private String purpose;

	@Size(max = 10000, message = "{validation.tooLong}")
	private String goals;

	@NotNull(message = "{followup.programme.startDate.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@NotNull(message = "{followup.programme.endDate.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	@NotNull(message = "{followup.programme.status.required}")
	private ProgrammeStatus status = ProgrammeStatus.PLANNED;

	@NotNull(message = "{followup.programme.owner.required}")
	private Long ownerOrganisationId;

	private Long contactPersonId;

	private Long workingGroupId;

	@Size(max = 10000, message = "{validation.tooLong}")
	private String dissemination;

	private boolean published;

	private List<Long> goalIds = new ArrayList<>();

	@Size(max = 20000, message = "{validation.tooLong}")
	private String partners;

	@Size(max = 20000, message = "{validation.tooLong}")
	private String results;

	@Size(max = 20000, message = "{validation.tooLong}")
	private String lessons;

	private List<MeasureKind> measureKinds = new ArrayList<>();

	@Size(max = 40, message = "{validation.tooLong}")
	private String planTypeCode = "SERVICEPLAN";

	/** The indicator a measured result of kind INDICATOR cites. */
	private Long indicatorId;

	private List<Long> outcomeIds = new ArrayList<>();

	public ProgrammeCommand toCommand() {
		List<Partner> partnerList = new ArrayList<>();
		for (String line : lines(partners)) {
			int bar = line.indexOf('|');
			String partnerName = bar < 0 ? line : line.substring(0, bar).strip();
			String role = bar < 0 ? null : blank(line.substring(bar + 1));
			if (!partnerName.isEmpty()) {
				partnerList.add(new Partner(null, partnerName, role));
			}
		}
		List<Measure> measures = measureKinds.stream()
			.map(k -> new Measure(k, k == MeasureKind.PLAN_COVERAGE ? blank(planTypeCode) : null,
					k == MeasureKind.INDICATOR ? indicatorId : null))
			.toList();
		return new ProgrammeCommand(kind, name, summary, purpose, goals, startDate, endDate, status, ownerOrganisationId,
				contactPersonId, workingGroupId, dissemination, published, goalIds, partnerList, lines(results),
				lines(lessons), measures, outcomeIds);
	}

	public static ProgrammeForm of(Programme p, List<Long> goalIds, List<Partner> partners, List<String> results,
			List<String> lessons, List<Measure> measures, List<Long> outcomeIds) {
		ProgrammeForm form = new ProgrammeForm();
		form.kind = p.kind();
		form.name = p.name();
		form.summary = p.summary();
		form.purpose = p.purpose();
		form.goals = p.goals();
		form.startDate = p.startDate();
		form.endDate = p.endDate();
		form.status = p.status();
		form.ownerOrganisationId = p.ownerOrganisationId();
		form.contactPersonId = p.contactPersonId();
		form.workingGroupId = p.workingGroupId();
		form.dissemination = p.dissemination();
		form.published = p.published();
		form.goalIds = new ArrayList<>(goalIds);
		form.partners = partners.stream()
			.map(x -> x.role() == null ? x.name() : x.name() + " | " + x.role())
			.collect(Collectors.joining("\n"));
		form.results = String.join("\n", results);
		form.lessons = String.join("\n", lessons);
		form.measureKinds = new ArrayList<>(measures.stream().map(Measure::kind).toList());
		form.planTypeCode = measures.stream().filter(m -> m.planTypeCode() != null).map(Measure::planTypeCode)
			.findFirst().orElse("SERVICEPLAN");
		form.indicatorId = measures.stream().filter(m -> m.indicatorId() != null).map(Measure::indicatorId)
			.findFirst().orElse(null);
		form.outcomeIds = new ArrayList<>(outcomeIds);
		return form;
	}

	static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	public ProgrammeKind getKind() {
		return kind;
	}

	public void setKind(ProgrammeKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getGoals() {
		return goals;
	}

	public void setGoals(String goals) {
		this.goals = goals;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public ProgrammeStatus getStatus() {
		return status;
	}

	public void setStatus(ProgrammeStatus status) {
		this.status = status;
	}

	public Long getOwnerOrganisationId() {
		return ownerOrganisationId;
	}

	public void setOwnerOrganisationId(Long ownerOrganisationId) {
		this.ownerOrganisationId = ownerOrganisationId;
	}

	public Long getContactPersonId() {
		return contactPersonId;
	}

	public void setContactPersonId(Long contactPersonId) {
		this.contactPersonId = contactPersonId;
	}

	public Long getWorkingGroupId() {
		return workingGroupId;
	}

	public void setWorkingGroupId(Long workingGroupId) {
		this.workingGroupId = workingGroupId;
	}

	public String getDissemination() {
		return dissemination;
	}

	public void setDissemination(String dissemination) {
		this.dissemination = dissemination;
	}

	public boolean isPublished() {
		return published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

	public List<Long> getGoalIds() {
		return goalIds;
	}

	public void setGoalIds(List<Long> goalIds) {
		this.goalIds = goalIds == null ? new ArrayList<>() : goalIds;
	}

	public String getPartners() {
		return partners;
	}

	public void setPartners(String partners) {
		this.partners = partners;
	}

	public String getResults() {
		return results;
	}

	public void setResults(String results) {
		this.results = results;
	}

	public String getLessons() {
		return lessons;
	}

	public void setLessons(String lessons) {
		this.lessons = lessons;
	}

	public Long getIndicatorId() {
		return indicatorId;
	}

	public void setIndicatorId(Long indicatorId) {
		this.indicatorId = indicatorId;
	}

	public List<MeasureKind> getMeasureKinds() {
		return measureKinds;
	}

	public void setMeasureKinds(List<MeasureKind> measureKinds) {
		this.measureKinds = measureKinds == null ? new ArrayList<>() : measureKinds;
	}

	public String getPlanTypeCode() {
		return planTypeCode;
	}

	public void setPlanTypeCode(String planTypeCode) {
		this.planTypeCode = planTypeCode;
	}

	public List<Long> getOutcomeIds() {
		return outcomeIds;
	}

	public void setOutcomeIds(List<Long> outcomeIds) {
		this.outcomeIds = outcomeIds == null ? new ArrayList<>() : outcomeIds;
	}

}
