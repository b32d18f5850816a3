package se.regionrum.analysis.run;

import java.util.ArrayList;
import java.util.List;

/** The scenario form under the ranking: points ticked to close, and optionally one point to add. */
public class ScenarioForm {

	private String name;

	private List<Integer> close = new ArrayList<>();

	private String addType;

	private String addName;

	private Double addX;

	private Double addY;

	ScenarioRequest request() {
		List<AnalysisRun.AddedPoint> added = new ArrayList<>();
		if (addType != null && !addType.isBlank() && addX != null && addY != null) {
			added.add(new AnalysisRun.AddedPoint(addType, addName == null || addName.isBlank() ? null : addName.strip(),
					addX, addY));
		}
		return new ScenarioRequest(name, close, added);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public List<Integer> getClose() {
		return close;
	}

	public void setClose(List<Integer> close) {
		this.close = close == null ? new ArrayList<>() : close;
	}

	public String getAddType() {
		return addType;
	}

	public void setAddType(String addType) {
		this.addType = addType;
	}

	public String getAddName() {
		return addName;
	}

	public void setAddName(String addName) {
		this.addName = addName;
	}

	public Double getAddX() {
		return addX;
	}

	public void setAddX(Double addX) {
		this.addX = addX;
	}

	public Double getAddY() {
		return addY;
	}

	public void setAddY(Double addY) {
		this.addY = addY;
	}

}
