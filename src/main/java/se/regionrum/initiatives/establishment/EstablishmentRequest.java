package se.regionrum.initiatives.establishment;

import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A large establishment as API clients send it: the facts, its phases and the assumptions of its estimate. */
@Schema(description = "A large establishment with its phases and the assumptions of its impact estimate")
public record EstablishmentRequest(
		@NotBlank(message = "{initiatives.establishment.company.required}") @Size(max = 200, message = "{validation.tooLong}") String company,
		@NotNull(message = "{initiatives.establishment.municipality.required}") Long municipalityId,
		@Size(max = 100, message = "{validation.tooLong}") String sector,
		@Size(max = 10000, message = "{validation.tooLong}") String description,
		@NotNull(message = "{initiatives.establishment.directJobs.required}") @Min(value = 0, message = "{validation.notNegative}") @Max(value = 100000, message = "{initiatives.establishment.directJobs.range}") Integer directJobs,
		@Min(value = 0, message = "{validation.notNegative}") @Max(value = 100000, message = "{initiatives.establishment.power.range}") Double powerDemandMw,
		@DecimalMin(value = "-90", message = "{initiatives.initiative.latitude.range}") @DecimalMax(value = "90", message = "{initiatives.initiative.latitude.range}") Double latitude,
		@DecimalMin(value = "-180", message = "{initiatives.initiative.longitude.range}") @DecimalMax(value = "180", message = "{initiatives.initiative.longitude.range}") Double longitude,
		Boolean published,
		LocalDate permitStartsOn,
		LocalDate permitEndsOn,
		LocalDate constructionStartsOn,
		LocalDate constructionEndsOn,
		LocalDate operationStartsOn,
		@NotNull(message = "{initiatives.establishment.assumption.required}") @DecimalMin(value = "0", message = "{initiatives.establishment.multiplier.range}") @DecimalMax(value = "10", message = "{initiatives.establishment.multiplier.range}") Double indirectJobMultiplier,
		@NotNull(message = "{initiatives.establishment.assumption.required}") @DecimalMin(value = "0", message = "{initiatives.establishment.share.range}") @DecimalMax(value = "1", message = "{initiatives.establishment.share.range}") Double shareMovingIn,
		@NotNull(message = "{initiatives.establishment.assumption.required}") @DecimalMin(value = "1", message = "{initiatives.establishment.householdSize.range}") @DecimalMax(value = "10", message = "{initiatives.establishment.householdSize.range}") Double householdSize,
		@NotNull(message = "{initiatives.establishment.assumption.required}") @DecimalMin(value = "0", message = "{initiatives.establishment.housingUnits.range}") @DecimalMax(value = "5", message = "{initiatives.establishment.housingUnits.range}") Double housingUnitsPerHousehold,
		@NotNull(message = "{initiatives.establishment.assumption.required}") @DecimalMin(value = "0", message = "{initiatives.establishment.schoolPlaces.range}") @DecimalMax(value = "1000", message = "{initiatives.establishment.schoolPlaces.range}") Double schoolPlacesPerThousand,
		@NotNull(message = "{initiatives.establishment.assumption.required}") @DecimalMin(value = "0", message = "{initiatives.establishment.householdPower.range}") @DecimalMax(value = "100", message = "{initiatives.establishment.householdPower.range}") Double householdPowerKw,
		@NotNull(message = "{initiatives.establishment.assumption.required}") @Min(value = 1, message = "{initiatives.establishment.rampUp.range}") @Max(value = 20, message = "{initiatives.establishment.rampUp.range}") Integer rampUpYears,
		Map<Long, Double> shares) {

	EstablishmentForm toForm() {
		EstablishmentForm form = new EstablishmentForm();
		form.setCompany(company);
		form.setMunicipalityId(municipalityId);
		form.setSector(sector);
		form.setDescription(description);
		form.setDirectJobs(directJobs);
		form.setPowerDemandMw(powerDemandMw);
		form.setLatitude(latitude);
		form.setLongitude(longitude);
		form.setPublished(Boolean.TRUE.equals(published));
		form.setPermitStartsOn(permitStartsOn);
		form.setPermitEndsOn(permitEndsOn);
		form.setConstructionStartsOn(constructionStartsOn);
		form.setConstructionEndsOn(constructionEndsOn);
		form.setOperationStartsOn(operationStartsOn);
		new AssumptionsRequest(indirectJobMultiplier, shareMovingIn, householdSize, housingUnitsPerHousehold,
				schoolPlacesPerThousand, householdPowerKw, rampUpYears, shares).applyTo(form);
		return form;
	}

}
