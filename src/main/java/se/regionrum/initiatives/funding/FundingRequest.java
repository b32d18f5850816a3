package se.regionrum.initiatives.funding;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.regionrum.initiatives.FundingSource;

/** A funding line as API clients send it; amounts in whole kronor. */
@Schema(description = "A funding line of an initiative; amounts in whole kronor")
public record FundingRequest(
		@NotNull(message = "{initiatives.funding.source.required}") FundingSource source,
		@NotNull(message = "{initiatives.funding.year.required}") @Min(value = 1990, message = "{initiatives.initiative.year.range}") @Max(value = 2100, message = "{initiatives.initiative.year.range}") Integer fundingYear,
		@Min(value = 0, message = "{validation.notNegative}") Long amountApplied,
		@Min(value = 0, message = "{validation.notNegative}") Long amountGranted,
		@Min(value = 0, message = "{validation.notNegative}") Long amountSpent,
		@Size(max = 100, message = "{validation.tooLong}") String decisionReference,
		@Size(max = 1000, message = "{validation.tooLong}") String note) {

	FundingForm toForm() {
		return new FundingForm(source, fundingYear, amountApplied, amountGranted, amountSpent, decisionReference,
				note);
	}

}
