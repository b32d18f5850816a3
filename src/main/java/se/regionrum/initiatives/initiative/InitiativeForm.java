package se.regionrum.initiatives.initiative;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.regionrum.initiatives.InitiativeLevel;
import se.regionrum.initiatives.InitiativeStatus;

/**
 * What a user types for an initiative, on the page and in a CSV row (the API binds
 * {@link InitiativeRequest}). A bean, so that one field with a wrong type still leaves the others
 * to show. Rules that involve several fields or other records are checked by
 * {@link InitiativeService#problems}.
 */
public class InitiativeForm {
	@NotBlank(message = "{initiatives.initiative.title.required}") @Size(max = 300, message = "{validation.tooLong}")
	private String title;
	@Size(max = 20000, message = "{validation.tooLong}")
	private String description;
	@NotNull(message = "{initiatives.initiative.owner.required}")
	private Long ownerOrganisationId;
	@NotNull(message = "{initiatives.initiative.level.required}")
	private InitiativeLevel level;
	/** Only read when the initiative is created; later changes go through the status history. */
	@NotNull(message = "{initiatives.initiative.status.required}")
	private InitiativeStatus status;
	@NotNull(message = "{initiatives.initiative.placeKind.required}")
	private PlaceKind placeKind;
	@DecimalMin(value = "-90", message = "{initiatives.initiative.latitude.range}") @DecimalMax(value = "90", message = "{initiatives.initiative.latitude.range}")
	private Double latitude;
	@DecimalMin(value = "-180", message = "{initiatives.initiative.longitude.range}") @DecimalMax(value = "180", message = "{initiatives.initiative.longitude.range}")
	private Double longitude;
	/** A GeoJSON Polygon or MultiPolygon in WGS84, as drawn on the map. */
	@Size(max = 200000, message = "{validation.tooLong}")
	private String areaGeojson;
	private boolean practiceCase;
	private boolean pilotProject;
	private boolean published;
	@Min(value = 1900, message = "{initiatives.initiative.year.range}") @Max(value = 2100, message = "{initiatives.initiative.year.range}")
	private Integer startYear;
	@Min(value = 1900, message = "{initiatives.initiative.year.range}") @Max(value = 2100, message = "{initiatives.initiative.year.range}")
	private Integer endYear;
	@Size(max = 300, message = "{validation.tooLong}") @Pattern(regexp = "|https?://\\S+", message = "{validation.url}")
	private String website;
	private List<Long> municipalityIds = new ArrayList<>();
	private List<Long> partnerIds = new ArrayList<>();
	/** Ids in the people register. */
	private List<Long> contactPersonIds = new ArrayList<>();
	private List<Theme> themes = new ArrayList<>();
	private List<Long> goalIds = new ArrayList<>();
	@Size(max = 40, message = "{validation.tooLong}")
	private String originKind;
	private Long originId;
	@Size(max = 300, message = "{validation.tooLong}")
	private String originLabel;
	public InitiativeForm() {
	}

	public static InitiativeForm empty() {
		InitiativeForm form = new InitiativeForm();
		form.setLevel(InitiativeLevel.LOCAL);
		form.setStatus(InitiativeStatus.IDEA);
		form.setPlaceKind(PlaceKind.MUNICIPALITIES);
		return form;
	}

	static InitiativeForm of(Initiative i) {
		InitiativeForm form = new InitiativeForm();
		form.setTitle(i.title());
		form.setDescription(i.description());
		form.setOwnerOrganisationId(i.ownerOrganisationId());
		form.setLevel(i.level());
		form.setStatus(i.status());
		form.setPlaceKind(i.placeKind());
		form.setLatitude(i.placeKind() == PlaceKind.POINT ? i.latitude() : null);
		form.setLongitude(i.placeKind() == PlaceKind.POINT ? i.longitude() : null);
		form.setAreaGeojson(i.areaGeojson());
		form.setPracticeCase(i.practiceCase());
		form.setPilotProject(i.pilotProject());
		form.setPublished(i.published());
		form.setStartYear(i.startYear());
		form.setEndYear(i.endYear());
		form.setWebsite(i.website());
		form.setMunicipalityIds(new ArrayList<>(i.municipalityIds()));
		form.setPartnerIds(new ArrayList<>(i.partnerIds()));
		form.setContactPersonIds(new ArrayList<>(i.contactIds()));
		form.setThemes(new ArrayList<>(i.themeSet()));
		form.setGoalIds(new ArrayList<>(i.goalIds()));
		form.setOriginKind(i.originKind());
		form.setOriginId(i.originId());
		form.setOriginLabel(i.originLabel());
		return form;
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

	public InitiativeLevel getLevel() {
		return level;
	}

	public void setLevel(InitiativeLevel level) {
		this.level = level;
	}

	public InitiativeStatus getStatus() {
		return status;
	}

	public void setStatus(InitiativeStatus status) {
		this.status = status;
	}

	public PlaceKind getPlaceKind() {
		return placeKind;
	}

	public void setPlaceKind(PlaceKind placeKind) {
		this.placeKind = placeKind;
	}

	public Double getLatitude() {
		return latitude;
	}

	public void setLatitude(Double latitude) {
		this.latitude = latitude;
	}

	public Double getLongitude() {
		return longitude;
	}

	public void setLongitude(Double longitude) {
		this.longitude = longitude;
	}

	public String getAreaGeojson() {
		return areaGeojson;
	}

	public void setAreaGeojson(String areaGeojson) {
		this.areaGeojson = areaGeojson;
	}

	public boolean isPracticeCase() {
		return practiceCase;
	}

	public void setPracticeCase(boolean practiceCase) {
		this.practiceCase = practiceCase;
	}

	public boolean isPilotProject() {
		return pilotProject;
	}

	public void setPilotProject(boolean pilotProject) {
		this.pilotProject = pilotProject;
	}

	public boolean isPublished() {
		return published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

	public Integer getStartYear() {
		return startYear;
	}

	public void setStartYear(Integer startYear) {
		this.startYear = startYear;
	}

	public Integer getEndYear() {
		return endYear;
	}

	public void setEndYear(Integer endYear) {
		this.endYear = endYear;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public List<Long> getMunicipalityIds() {
		return municipalityIds;
	}

	public void setMunicipalityIds(List<Long> municipalityIds) {
		this.municipalityIds = municipalityIds == null ? new ArrayList<>() : new ArrayList<>(municipalityIds);
	}

	public List<Long> getPartnerIds() {
		return partnerIds;
	}

	public void setPartnerIds(List<Long> partnerIds) {
		this.partnerIds = partnerIds == null ? new ArrayList<>() : new ArrayList<>(partnerIds);
	}

	public List<Long> getContactPersonIds() {
		return contactPersonIds;
	}

	public void setContactPersonIds(List<Long> contactPersonIds) {
		this.contactPersonIds = contactPersonIds == null ? new ArrayList<>() : new ArrayList<>(contactPersonIds);
	}

	public List<Theme> getThemes() {
		return themes;
	}

	public void setThemes(List<Theme> themes) {
		this.themes = themes == null ? new ArrayList<>() : new ArrayList<>(themes);
	}

	public List<Long> getGoalIds() {
		return goalIds;
	}

	public void setGoalIds(List<Long> goalIds) {
		this.goalIds = goalIds == null ? new ArrayList<>() : new ArrayList<>(goalIds);
	}

	public String getOriginKind() {
		return originKind;
	}

	public void setOriginKind(String originKind) {
		this.originKind = originKind;
	}

	public Long getOriginId() {
		return originId;
	}

	public void setOriginId(Long originId) {
		this.originId = originId;
	}

	public String getOriginLabel() {
		return originLabel;
	}

	public void setOriginLabel(String originLabel) {
		this.originLabel = originLabel;
	}

}
