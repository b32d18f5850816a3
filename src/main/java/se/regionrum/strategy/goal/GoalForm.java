package se.regionrum.strategy.goal;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.regionrum.strategy.GoalLevel;

/**
 * A goal area, goal or priority as a user types it. The code (e.g. "2.1") is suggested from the
 * place in the hierarchy when left empty. Rules across fields are checked by {@link GoalService}.
 */
public record GoalForm(
		@NotNull(message = "{strategy.goal.level.required}") GoalLevel level,
		Long parentId,
		@Size(max = 20, message = "{validation.tooLong}") @Pattern(regexp = "|[0-9A-Za-z.:\\-]+",
				message = "{strategy.goal.code.pattern}") String code,
		@NotBlank(message = "{strategy.goal.title.required}") @Size(max = 500,
				message = "{validation.tooLong}") String title,
		@Size(max = 4000, message = "{validation.tooLong}") String description,
		List<Long> municipalityIds) {

	// no municipality ticked binds as null, which means "none"
	public GoalForm {
		municipalityIds = municipalityIds == null ? new ArrayList<>() : new ArrayList<>(municipalityIds);
	}

	static GoalForm of(Goal goal, List<Long> municipalityIds) {
		return new GoalForm(goal.level(), goal.parentId(), goal.code(), goal.title(), goal.description(),
				municipalityIds);
	}

}
