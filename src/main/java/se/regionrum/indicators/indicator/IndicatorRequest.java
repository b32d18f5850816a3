package se.regionrum.indicators.indicator;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.regionrum.indicators.IndicatorSource;

/**
 * An indicator as API clients send it; the rules that need the database (unique code, goals that
 * exist) are checked by {@link IndicatorService}. Left out (or null), {@code higherIsBetter} is true.
 */
@Schema(description = "An indicator with its goal links (each may carry a target value and year)")
public record IndicatorRequest(
		@NotBlank(message = "{indicators.indicator.code.required}") @Size(max = 40, message = "{validation.tooLong}") String code,
		@NotBlank(message = "{indicators.indicator.name.required}") @Size(max = 300, message = "{validation.tooLong}") String name,
		@NotBlank(message = "{indicators.indicator.unit.required}") @Size(max = 60, message = "{validation.tooLong}") String unit,
		@Size(max = 4000, message = "{validation.tooLong}") String description,
		@NotNull(message = "{indicators.indicator.source.required}") IndicatorSource source,
		@Size(max = 100, message = "{validation.tooLong}") String sourceId,
		@Size(max = 100, message = "{validation.tooLong}") String sourceContents,
		Boolean higherIsBetter,
		List<GoalLinkRequest> goals) {

	/** A goal the indicator follows, with an optional target. */
	@Schema(name = "IndicatorGoalLinkRequest", description = "A goal the indicator follows, with an optional target value and year")
	public record GoalLinkRequest(Long goalId, Double targetValue, Integer targetYear) {
	}

	IndicatorForm toForm() {
		return new IndicatorForm(code, name, unit, description, source, sourceId, sourceContents,
				!Boolean.FALSE.equals(higherIsBetter),
				goals == null ? List.of()
						: goals.stream().map(g -> new GoalLinkForm(g.goalId(), g.targetValue(), g.targetYear())).toList());
	}

}
