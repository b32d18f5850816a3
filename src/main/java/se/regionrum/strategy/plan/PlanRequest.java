package se.regionrum.strategy.plan;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A plan as API clients send it; rules across fields are checked by {@link PlanService}. */
@Schema(description = "An adopted plan of an organisation, of one plan type")
public record PlanRequest(
		@NotNull(message = "{strategy.plan.organisation.required}") Long organisationId,
		@NotNull(message = "{strategy.plan.type.required}") Long planTypeId,
		@NotBlank(message = "{strategy.plan.title.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
		@NotNull(message = "{strategy.plan.adoptedOn.required}") LocalDate adoptedOn,
		LocalDate validUntil,
		@Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = "|https?://\\S+", message = "{validation.url}") String documentUrl,
		@Size(max = 4000, message = "{validation.tooLong}") String note) {

	PlanForm toForm() {
		return new PlanForm(organisationId, planTypeId, title, adoptedOn, validUntil, documentUrl, note);
	}

}
