package se.regionrum.initiatives.establishment;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The assumptions of an impact estimate as API clients send them, with the shares by municipality id. */
@Schema(description = "The assumptions of an impact estimate; shares (0-1) of the people moving in by municipality id")
public record AssumptionsRequest(
		@NotNull(message = "{initiatives.establishment.assumption.required}") @DecimalMin(value = "0", message = "{initiatives.establishment.multiplier.range}") @DecimalMax(value = "10", message = "{initiatives.establishment.multiplier.range}") Double indirectJobMultiplier,
		@NotNull(message = "{initiatives.establishment.assumption.required}") @DecimalMin(value = "0", message = "{initiatives.establishment.share.range}") @DecimalMax(value = "1", message = "{initiatives.establishment.share.range}") Double shareMovingIn,
		@NotNull(message = "{initiatives.establishment.assumption.required}") @DecimalMin(value = "1", message = "{initiatives.establishment.householdSize.range}") @DecimalMax(value = "10", message = "{initiatives.establishment.householdSize.range}") Double householdSize,
		@NotNull(message = "{initiatives.establishment.assumption.required}") @DecimalMin(value = "0", message = "{initiatives.establishment.housingUnits.range}") @DecimalMax(value = "5", message = "{initiatives.establishment.housingUnits.range}") Double housingUnitsPerHousehold,
		@NotNull(message = "{initiatives.establishment.assumption.required}") @DecimalMin(value = "0", message = "{initiatives.establishment.schoolPlaces.range}") @DecimalMax(value = "1000", message = "{initiatives.establishment.schoolPlaces.range}") Double schoolPlacesPerThousand,
		@NotNull(message = "{initiatives.establishment.assumption.required}") @DecimalMin(value = "0", message = "{initiatives.establishment.householdPower.range}") @DecimalMax(value = "100", message = "{initiatives.establishment.householdPower.range}") Double householdPowerKw,
		@NotNull(message = "{initiatives.establishment.assumption.required}") @Min(value = 1, message = "{initiatives.establishment.rampUp.range}") @Max(value = 20, message = "{initiatives.establishment.rampUp.range}") Integer rampUpYears,
		Map<Long, Double> shares) {

	AssumptionsForm toForm() {
		AssumptionsForm form = new AssumptionsForm();
		applyTo(form);
		return form;
	}

	/** Sets the assumptions and, when given, the shares on the form. */
	void applyTo(AssumptionsForm form) {
		form.setIndirectJobMultiplier(indirectJobMultiplier);
		form.setShareMovingIn(shareMovingIn);
		form.setHouseholdSize(householdSize);
		form.setHousingUnitsPerHousehold(housingUnitsPerHousehold);
		form.setSchoolPlacesPerThousand(schoolPlacesPerThousand);
		form.setHouseholdPowerKw(householdPowerKw);
		form.setRampUpYears(rampUpYears);
		if (shares != null) {
			form.setShares(shares);
		}
	}

}
