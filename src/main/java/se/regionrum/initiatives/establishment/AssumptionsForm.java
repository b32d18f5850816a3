package se.regionrum.initiatives.establishment;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The assumptions of an impact estimate as a user types them; also the base of {@link EstablishmentForm}. */
public class AssumptionsForm {

	@NotNull(message = "{initiatives.establishment.assumption.required}") @DecimalMin(value = "0", message = "{initiatives.establishment.multiplier.range}") @DecimalMax(value = "10", message = "{initiatives.establishment.multiplier.range}")
	private Double indirectJobMultiplier;

	@NotNull(message = "{initiatives.establishment.assumption.required}") @DecimalMin(value = "0", message = "{initiatives.establishment.share.range}") @DecimalMax(value = "1", message = "{initiatives.establishment.share.range}")
	private Double shareMovingIn;

	@NotNull(message = "{initiatives.establishment.assumption.required}") @DecimalMin(value = "1", message = "{initiatives.establishment.householdSize.range}") @DecimalMax(value = "10", message = "{initiatives.establishment.householdSize.range}")
	private Double householdSize;

	@NotNull(message = "{initiatives.establishment.assumption.required}") @DecimalMin(value = "0", message = "{initiatives.establishment.housingUnits.range}") @DecimalMax(value = "5", message = "{initiatives.establishment.housingUnits.range}")
	private Double housingUnitsPerHousehold;

	@NotNull(message = "{initiatives.establishment.assumption.required}") @DecimalMin(value = "0", message = "{initiatives.establishment.schoolPlaces.range}") @DecimalMax(value = "1000", message = "{initiatives.establishment.schoolPlaces.range}")
	private Double schoolPlacesPerThousand;

	@NotNull(message = "{initiatives.establishment.assumption.required}") @DecimalMin(value = "0", message = "{initiatives.establishment.householdPower.range}") @DecimalMax(value = "100", message = "{initiatives.establishment.householdPower.range}")
	private Double householdPowerKw;

	@NotNull(message = "{initiatives.establishment.assumption.required}") @Min(value = 1, message = "{initiatives.establishment.rampUp.range}") @Max(value = 20, message = "{initiatives.establishment.rampUp.range}")
	private Integer rampUpYears;

	/** Share (0–1) of the people moving in who settle in each municipality, by municipality id. */
	private Map<Long, Double> shares = new TreeMap<>();

	public AssumptionsForm() {
	}

	public static AssumptionsForm of(Assumptions a, Map<Long, Double> shares) {
		AssumptionsForm form = new AssumptionsForm();
		form.fill(a, shares);
		return form;
	}

	void fill(Assumptions a, Map<Long, Double> shares) {
		indirectJobMultiplier = a.indirectJobMultiplier();
		shareMovingIn = a.shareMovingIn();
		householdSize = a.householdSize();
		housingUnitsPerHousehold = a.housingUnitsPerHousehold();
		schoolPlacesPerThousand = a.schoolPlacesPerThousand();
		householdPowerKw = a.householdPowerKw();
		rampUpYears = a.rampUpYears();
		this.shares = new TreeMap<>(shares);
	}

	public Assumptions toAssumptions() {
		return new Assumptions(indirectJobMultiplier, shareMovingIn, householdSize, housingUnitsPerHousehold,
				schoolPlacesPerThousand, householdPowerKw, rampUpYears);
	}

	/** The stated shares without empty or zero entries. */
	public Map<Long, Double> statedShares() {
		Map<Long, Double> stated = new TreeMap<>();
		if (shares != null) {
			shares.forEach((k, v) -> {
				if (k != null && v != null && v > 0) {
					stated.put(k, v);
				}
			});
		}
		return stated;
	}

	/** Whether every assumption is filled in, so that an estimate can be computed from the form. */
	public boolean isComplete() {
		return indirectJobMultiplier != null && shareMovingIn != null && householdSize != null
				&& housingUnitsPerHousehold != null && schoolPlacesPerThousand != null && householdPowerKw != null
				&& rampUpYears != null;
	}

	public Double getIndirectJobMultiplier() {
		return indirectJobMultiplier;
	}

	public void setIndirectJobMultiplier(Double indirectJobMultiplier) {
		this.indirectJobMultiplier = indirectJobMultiplier;
	}

	public Double getShareMovingIn() {
		return shareMovingIn;
	}

	public void setShareMovingIn(Double shareMovingIn) {
		this.shareMovingIn = shareMovingIn;
	}

	public Double getHouseholdSize() {
		return householdSize;
	}

	public void setHouseholdSize(Double householdSize) {
		this.householdSize = householdSize;
	}

	public Double getHousingUnitsPerHousehold() {
		return housingUnitsPerHousehold;
	}

	public void setHousingUnitsPerHousehold(Double housingUnitsPerHousehold) {
		this.housingUnitsPerHousehold = housingUnitsPerHousehold;
	}

	public Double getSchoolPlacesPerThousand() {
		return schoolPlacesPerThousand;
	}

	public void setSchoolPlacesPerThousand(Double schoolPlacesPerThousand) {
		this.schoolPlacesPerThousand = schoolPlacesPerThousand;
	}

	public Double getHouseholdPowerKw() {
		return householdPowerKw;
	}

	public void setHouseholdPowerKw(Double householdPowerKw) {
		this.householdPowerKw = householdPowerKw;
	}

	public Integer getRampUpYears() {
		return rampUpYears;
	}

	public void setRampUpYears(Integer rampUpYears) {
		this.rampUpYears = rampUpYears;
	}

	public Map<Long, Double> getShares() {
		return shares;
	}

	public void setShares(Map<Long, Double> shares) {
		this.shares = shares;
	}

}
