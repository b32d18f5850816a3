package se.regionrum.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finished analysis runs as other modules see them, e.g. a map that shows a run's service points
 * and how far people have to the nearest one. Read-only; every place is WGS84 (longitude,
 * latitude). No permission check: a module that shows results to visitors (a published map)
 * decides that itself, as the pages of the analysis module are for signed-in users only.
 */
public interface AnalysisRuns {

	/** Finished runs, newest first. */
	List<FinishedRun> finished();

	/** The run, if it exists and is finished. */
	Optional<FinishedRun> find(long runId);

	/** The names of the service types by code, in their sort order, in the given language. */
	Map<String, String> serviceTypeNames(Locale locale);

	/** The service points the run used for one type (every type when {@code serviceType} is null), in seq order. */
	List<RunServicePoint> servicePoints(long runId, String serviceType);

	/** Every grid cell of the run's grid with the way to the nearest point of one type; empty for an unknown type. */
	List<RunCell> cells(long runId, String serviceType);

	/**
	 * @param scenario whether the run is a scenario on another run (points closed or added)
	 */
	record FinishedRun(long id, String name, List<String> serviceTypes, Instant finishedAt, boolean scenario) {
	}

	/** @param added a point a scenario added */
	record RunServicePoint(String serviceType, String name, double longitude, double latitude, boolean added) {
	}

	/**
	 * One populated grid cell: its corners (south-west and north-east, WGS84), its centre, the travel
	 * time and road distance to the nearest service point ({@code null} where none is reached) and
	 * its population.
	 */
	record RunCell(double west, double south, double east, double north, Integer minutes, Double km,
			int population) {

		public double longitude() {
			return (west + east) / 2;
		}

		public double latitude() {
			return (south + north) / 2;
		}

	}

}
