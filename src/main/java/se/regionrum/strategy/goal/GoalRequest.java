package se.regionrum.strategy.goal;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.regionrum.strategy.GoalLevel;

/**
 * A goal area, goal or priority as API clients send it. The code (e.g. "2.1") is suggested from
 * the place in the hierarchy when left out; municipalities left out are none.
 */
@Schema(description = "A goal area, goal or priority; the code is suggested from its place in the hierarchy when left out")
public record GoalRequest(
		@NotNull(message = "{strategy.goal.level.required}") GoalLevel level,
		Long parentId,
		@Size(max = 20, message = "{validation.tooLong}") @Pattern(regexp = "|[0-9A-Za-z.:\\-]+", message = "{strategy.goal.code.pattern}") String code,
		@NotBlank(message = "{strategy.goal.title.required}") @Size(max = 500, message = "{validation.tooLong}") String title,
		@Size(max = 4000, message = "{validation.tooLong}") String description,
		List<Long> municipalityIds) {

	GoalForm toForm() {
		return new GoalForm(level, parentId, code, title, description, municipalityIds);
	}

}
