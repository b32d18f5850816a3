package se.regionrum.analysis.run;

import java.util.List;

/** A what-if on a finished run: points to close (by seq) and points to add. */
public record ScenarioRequest(String name, List<Integer> closePoints, List<AnalysisRun.AddedPoint> addPoints) {

	public ScenarioRequest {
		closePoints = closePoints == null ? List.of() : List.copyOf(closePoints);
		addPoints = addPoints == null ? List.of() : List.copyOf(addPoints);
	}

}
