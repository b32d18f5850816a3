package se.regionrum.followup.programme;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A cost kind as API clients send it. The code is given once, when the kind is created (made from
 * the name when left out); position and active are kept as they are when left out.
 */
@Schema(description = "A cost kind; the code is given once, position and active are kept when left out")
public record CostKindRequest(
		@Size(max = 40, message = "{followup.costKind.code.invalid}") String code,
		@NotBlank(message = "{followup.costKind.name.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
		@Size(max = 200, message = "{validation.tooLong}") String nameEn,
		@Min(value = 1, message = "{followup.costKind.position.range}") @Max(value = 9999, message = "{followup.costKind.position.range}") Integer position,
		Boolean active) {

	CostKindForm toForm() {
		return new CostKindForm(code, name, nameEn, position, active);
	}

}
