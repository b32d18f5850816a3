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
public class GoalForm {

	@NotNull(message = "{strategy.goal.level.required}")
	private GoalLevel level;

	private Long parentId;

	@Size(max = 20, message = "{validation.tooLong}") @Pattern(regexp = "|[0-9A-Za-z.:\\-]+", message = "{strategy.goal.code.pattern}")
	private String code;

	@NotBlank(message = "{strategy.goal.title.required}") @Size(max = 500, message = "{validation.tooLong}")
	private String title;

	@Size(max = 4000, message = "{validation.tooLong}")
	private String description;

	private List<Long> municipalityIds = new ArrayList<>();

	public GoalForm() {
	}

	public GoalForm(GoalLevel level, Long parentId, String code, String title, String description,
			List<Long> municipalityIds) {
		this.level = level;
		this.parentId = parentId;
		this.code = code;
		this.title = title;
		this.description = description;
		this.municipalityIds = municipalityIds == null ? new ArrayList<>() : new ArrayList<>(municipalityIds);
	}

	static GoalForm of(Goal goal, List<Long> municipalityIds) {
		return new GoalForm(goal.level(), goal.parentId(), goal.code(), goal.title(), goal.description(),
				municipalityIds);
	}

	public GoalLevel getLevel() {
		return level;
	}

	public void setLevel(GoalLevel level) {
		this.level = level;
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<Long> getMunicipalityIds() {
		return municipalityIds;
	}

	public void setMunicipalityIds(List<Long> municipalityIds) {
		this.municipalityIds = municipalityIds == null ? new ArrayList<>() : municipalityIds;
	}

}
