package se.regionrum.strategy.plan;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A plan type as API clients send it (administrators); active when left out or null. */
@Schema(description = "A plan type; active when left out")
public record PlanTypeRequest(
		@NotBlank(message = "{strategy.planType.name.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
		@Size(max = 200, message = "{validation.tooLong}") String nameEn,
		@Size(max = 200, message = "{validation.tooLong}") String pluralName,
		@Size(max = 200, message = "{validation.tooLong}") String pluralNameEn,
		@NotBlank(message = "{strategy.planType.code.required}") @Size(max = 40, message = "{validation.tooLong}")
		@Pattern(regexp = "|[A-Z0-9_]+", message = "{strategy.planType.code.pattern}") String code,
		@Min(value = 1, message = "{strategy.planType.validityYears.range}") @Max(value = 50, message = "{strategy.planType.validityYears.range}") Integer validityYears,
		@Min(value = 0, message = "{validation.notNegative}") @Max(value = 1000, message = "{strategy.planType.position.range}") Integer position,
		@Size(max = 4000, message = "{validation.tooLong}") String description,
		Boolean active) {

	PlanTypeForm toForm() {
		return new PlanTypeForm(code, name, nameEn, pluralName, pluralNameEn, validityYears, position, description, active);
	}

}
