package se.regionrum.analysis.run;

import java.util.ArrayList;
import java.util.List;

/** The scenario form under the ranking: points ticked to close, and optionally one point to add. */
public record ScenarioForm(String name, List<Integer> close, String addType, String addName, Double addX,
		Double addY) {

	/** The request parameters of the form, in its order. */
	static final List<String> FIELDS = List.of("close", "name", "addType", "addName", "addX", "addY");

	// no point ticked binds as null: close none
	public ScenarioForm {
		close = close == null ? new ArrayList<>() : close;
	}

	/** Something of a new point is filled in, but not its type: it would be left out unsaid. */
	boolean addsWithoutType() {
		boolean noType = addType == null || addType.isBlank();
		return noType && (addX != null || addY != null || (addName != null && !addName.isBlank()));
	}

	ScenarioRequest request() {
		List<AnalysisRun.AddedPoint> added = new ArrayList<>();
		if (addType != null && !addType.isBlank() && addX != null && addY != null) {
			added.add(new AnalysisRun.AddedPoint(addType, addName == null || addName.isBlank() ? null : addName.strip(),
					addX, addY));
		}
		return new ScenarioRequest(name, close, added);
	}

}
