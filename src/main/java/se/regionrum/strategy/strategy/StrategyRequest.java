package se.regionrum.strategy.strategy;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.regionrum.strategy.StrategyKind;
import se.regionrum.strategy.StrategyStatus;

/**
 * A strategy as API clients send it; not published when left out or null. Rules across fields are
 * checked by {@link StrategyService}.
 */
@Schema(description = "A strategy of an organisation; not published when left out")
public record StrategyRequest(
		@NotBlank(message = "{strategy.strategy.name.required}") @Size(max = 300, message = "{validation.tooLong}") String name,
		@NotNull(message = "{strategy.strategy.kind.required}") StrategyKind kind,
		@NotNull(message = "{strategy.strategy.owner.required}") Long ownerOrganisationId,
		@Min(value = 1990, message = "{strategy.strategy.year.range}") @Max(value = 2100, message = "{strategy.strategy.year.range}") Integer periodStart,
		@Min(value = 1990, message = "{strategy.strategy.year.range}") @Max(value = 2100, message = "{strategy.strategy.year.range}") Integer periodEnd,
		@NotNull(message = "{strategy.strategy.status.required}") StrategyStatus status,
		LocalDate adoptedOn,
		@Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = "|https?://\\S+", message = "{validation.url}") String documentUrl,
		@Size(max = 4000, message = "{validation.tooLong}") String description,
		Boolean published) {

	StrategyForm toForm() {
		return new StrategyForm(name, kind, ownerOrganisationId, periodStart, periodEnd, status, adoptedOn, documentUrl,
				description, published);
	}

}
