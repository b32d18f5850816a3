package se.regionrum.indicators.indicator;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.regionrum.indicators.GoalIndicator;
import se.regionrum.indicators.IndicatorSource;

/**
 * An indicator as an editor types it (the page form; the API takes {@link IndicatorRequest}), fields in the order of the page. The
 * rules that need the database (unique code, goals that exist) are in {@link IndicatorService#problems}.
 */
public class IndicatorForm {

	@NotBlank(message = "{indicators.indicator.code.required}")
	@Size(max = 40, message = "{validation.tooLong}")
	private String code;

	@NotBlank(message = "{indicators.indicator.name.required}")
	@Size(max = 300, message = "{validation.tooLong}")
	private String name;

	@NotBlank(message = "{indicators.indicator.unit.required}")
	@Size(max = 60, message = "{validation.tooLong}")
	private String unit;

	@Size(max = 4000, message = "{validation.tooLong}")
	private String description;

	@NotNull(message = "{indicators.indicator.source.required}")
	private IndicatorSource source;

	@Size(max = 100, message = "{validation.tooLong}")
	private String sourceId;

	@Size(max = 100, message = "{validation.tooLong}")
	private String sourceContents;

	private boolean higherIsBetter = true;

	private List<GoalLinkForm> goals = new ArrayList<>();

	public IndicatorForm() {
	}

	public IndicatorForm(String code, String name, String unit, String description, IndicatorSource source,
			String sourceId, String sourceContents, boolean higherIsBetter, List<GoalLinkForm> goals) {
		this.code = code;
		this.name = name;
		this.unit = unit;
		this.description = description;
		this.source = source;
		this.sourceId = sourceId;
		this.sourceContents = sourceContents;
		this.higherIsBetter = higherIsBetter;
		this.goals = goals == null ? new ArrayList<>() : new ArrayList<>(goals);
	}

	static IndicatorForm of(Indicator indicator, List<GoalIndicator> links) {
		return new IndicatorForm(indicator.code(), indicator.name(), indicator.unit(), indicator.description(),
				indicator.source(), indicator.sourceId(), indicator.sourceContents(), indicator.higherIsBetter(),
				links.stream().map(l -> new GoalLinkForm(l.goalId(), l.targetValue(), l.targetYear())).toList());
	}

	/** The form with empty goal rows added up to {@code rows}, for the page. */
	IndicatorForm withEmptyGoalRows(int extra) {
		for (int i = 0; i < extra; i++) {
			goals.add(new GoalLinkForm());
		}
		return this;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public IndicatorSource getSource() {
		return source;
	}

	public void setSource(IndicatorSource source) {
		this.source = source;
	}

	public String getSourceId() {
		return sourceId;
	}

	public void setSourceId(String sourceId) {
		this.sourceId = sourceId;
	}

	public String getSourceContents() {
		return sourceContents;
	}

	public void setSourceContents(String sourceContents) {
		this.sourceContents = sourceContents;
	}

	public boolean isHigherIsBetter() {
		return higherIsBetter;
	}

	public void setHigherIsBetter(boolean higherIsBetter) {
		this.higherIsBetter = higherIsBetter;
	}

	public List<GoalLinkForm> getGoals() {
		return goals;
	}

	public void setGoals(List<GoalLinkForm> goals) {
		this.goals = goals == null ? new ArrayList<>() : goals;
	}

}
