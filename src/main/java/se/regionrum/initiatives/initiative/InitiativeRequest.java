package se.regionrum.initiatives.initiative;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
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
 * An initiative as API clients send it. The status is only read when the initiative is created;
 * later changes go through the status history. Rules that involve several fields or other records
 * are checked by {@link InitiativeService#problems}. Flags left out are false.
 */
@Schema(description = "An initiative; the status is only read on create, later changes go through the status history")
public record InitiativeRequest(
		@NotBlank(message = "{initiatives.initiative.title.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
		@Size(max = 20000, message = "{validation.tooLong}") String description,
		@NotNull(message = "{initiatives.initiative.owner.required}") Long ownerOrganisationId,
		@NotNull(message = "{initiatives.initiative.level.required}") InitiativeLevel level,
		@NotNull(message = "{initiatives.initiative.status.required}") InitiativeStatus status,
		@NotNull(message = "{initiatives.initiative.placeKind.required}") PlaceKind placeKind,
		@DecimalMin(value = "-90", message = "{initiatives.initiative.latitude.range}") @DecimalMax(value = "90", message = "{initiatives.initiative.latitude.range}") Double latitude,
		@DecimalMin(value = "-180", message = "{initiatives.initiative.longitude.range}") @DecimalMax(value = "180", message = "{initiatives.initiative.longitude.range}") Double longitude,
		@Size(max = 200000, message = "{validation.tooLong}") String areaGeojson,
		Boolean practiceCase,
		Boolean pilotProject,
		Boolean published,
		@Min(value = 1900, message = "{initiatives.initiative.year.range}") @Max(value = 2100, message = "{initiatives.initiative.year.range}") Integer startYear,
		@Min(value = 1900, message = "{initiatives.initiative.year.range}") @Max(value = 2100, message = "{initiatives.initiative.year.range}") Integer endYear,
		@Size(max = 300, message = "{validation.tooLong}") @Pattern(regexp = "|https?://\\S+", message = "{validation.url}") String website,
		List<Long> municipalityIds,
		List<Long> partnerIds,
		List<Long> contactPersonIds,
		List<Theme> themes,
		List<Long> goalIds,
		@Size(max = 40, message = "{validation.tooLong}") String originKind,
		Long originId,
		@Size(max = 300, message = "{validation.tooLong}") String originLabel) {

	InitiativeForm toForm() {
		InitiativeForm form = new InitiativeForm();
		form.setTitle(title);
		form.setDescription(description);
		form.setOwnerOrganisationId(ownerOrganisationId);
		form.setLevel(level);
		form.setStatus(status);
		form.setPlaceKind(placeKind);
		form.setLatitude(latitude);
		form.setLongitude(longitude);
		form.setAreaGeojson(areaGeojson);
		form.setPracticeCase(Boolean.TRUE.equals(practiceCase));
		form.setPilotProject(Boolean.TRUE.equals(pilotProject));
		form.setPublished(Boolean.TRUE.equals(published));
		form.setStartYear(startYear);
		form.setEndYear(endYear);
		form.setWebsite(website);
		form.setMunicipalityIds(municipalityIds);
		form.setPartnerIds(partnerIds);
		form.setContactPersonIds(contactPersonIds);
		form.setThemes(themes);
		form.setGoalIds(goalIds);
		form.setOriginKind(originKind);
		form.setOriginId(originId);
		form.setOriginLabel(originLabel);
		return form;
	}

}
