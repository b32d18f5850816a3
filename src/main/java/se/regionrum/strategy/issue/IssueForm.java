package se.regionrum.strategy.issue;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An issue as a user types it, with its classification and links. Initiative ids are set through
 * the API only; left {@code null}, the issue keeps the ones it has.
 */
public class IssueForm {

	@NotBlank(message = "{strategy.issue.title.required}") @Size(max = 300, message = "{validation.tooLong}")
	private String title;

	@Size(max = 4000, message = "{validation.tooLong}")
	private String description;

	@NotNull(message = "{strategy.issue.owner.required}")
	private Long ownerOrganisationId;

	private Answer placeBound;

	private Answer regionalLevel;

	private RegionRole regionRole;

	@Size(max = 2000, message = "{validation.tooLong}")
	private String regionAspect;

	private boolean published;

	private List<Long> goalIds = new ArrayList<>();

	private List<Long> municipalityIds = new ArrayList<>();

	private List<Long> initiativeIds;

	public IssueForm() {
	}

	public IssueForm(String title, String description, Long ownerOrganisationId, Answer placeBound,
			Answer regionalLevel, RegionRole regionRole, String regionAspect, Boolean published, List<Long> goalIds,
			List<Long> municipalityIds, List<Long> initiativeIds) {
		this.title = title;
		this.description = description;
		this.ownerOrganisationId = ownerOrganisationId;
		this.placeBound = placeBound;
		this.regionalLevel = regionalLevel;
		this.regionRole = regionRole;
		this.regionAspect = regionAspect;
		this.published = published != null && published;
		this.goalIds = goalIds == null ? new ArrayList<>() : new ArrayList<>(goalIds);
		this.municipalityIds = municipalityIds == null ? new ArrayList<>() : new ArrayList<>(municipalityIds);
		this.initiativeIds = initiativeIds == null ? null : new ArrayList<>(initiativeIds);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getOwnerOrganisationId() {
		return ownerOrganisationId;
	}

	public void setOwnerOrganisationId(Long ownerOrganisationId) {
		this.ownerOrganisationId = ownerOrganisationId;
	}

	public Answer getPlaceBound() {
		return placeBound;
	}

	public void setPlaceBound(Answer placeBound) {
		this.placeBound = placeBound;
	}

	public Answer getRegionalLevel() {
		return regionalLevel;
	}

	public void setRegionalLevel(Answer regionalLevel) {
		this.regionalLevel = regionalLevel;
	}

	public RegionRole getRegionRole() {
		return regionRole;
	}

	public void setRegionRole(RegionRole regionRole) {
		this.regionRole = regionRole;
	}

	public String getRegionAspect() {
		return regionAspect;
	}

	public void setRegionAspect(String regionAspect) {
		this.regionAspect = regionAspect;
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

	public List<Long> getMunicipalityIds() {
		return municipalityIds;
	}

	public void setMunicipalityIds(List<Long> municipalityIds) {
		this.municipalityIds = municipalityIds == null ? new ArrayList<>() : municipalityIds;
	}

	public List<Long> getInitiativeIds() {
		return initiativeIds;
	}

	public void setInitiativeIds(List<Long> initiativeIds) {
		this.initiativeIds = initiativeIds;
	}

}
