package se.regionrum.followup.programme;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Budget and expenditure of one year and cost kind, in whole kronor, as API clients send them. */
@Schema(description = "Budget and expenditure of a programme in one year and cost kind, in whole kronor")
public record CostLineRequest(
		@NotNull(message = "{followup.cost.year.required}") @Min(value = 1990, message = "{followup.cost.year.range}") @Max(value = 2100, message = "{followup.cost.year.range}") Integer costYear,
		@NotNull(message = "{followup.cost.kind.required}") Long costKindId,
		@Min(value = 0, message = "{validation.notNegative}") Long budget,
		@Min(value = 0, message = "{validation.notNegative}") Long spent,
		@Size(max = 1000, message = "{validation.tooLong}") String note) {

	CostLineForm toForm() {
		return new CostLineForm(costYear, costKindId, budget, spent, note);
	}

}
