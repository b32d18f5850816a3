package se.regionrum.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Location analysis the plain way, as the yardstick for {@link CandidateGains} and
 * {@link SiteSelection}: cell times by rerunning an analysis with the candidate added as one more
 * point, or by a textbook Dijkstra per candidate node, and figures by comparing every cell.
 */
final class LocationBruteForce {

	private LocationBruteForce() {
	}

	/** Cell times of one type with one more point of it at (x, y), by rerunning the reference or the engine. */
	static int[] timesWithExtraPoint(RoadGraph graph, Cells cells, ServicePoints points, int type, double x, double y,
			EngineSettings settings, boolean reference) {
		int n = points.count();
		int[] t = java.util.Arrays.copyOf(points.type(), n + 1);
		double[] px = java.util.Arrays.copyOf(points.x(), n + 1);
		double[] py = java.util.Arrays.copyOf(points.y(), n + 1);
		t[n] = type;
		px[n] = x;
		py[n] = y;
		ServicePoints more = new ServicePoints(points.typeCount(), t, px, py);
		Accessibility result = reference ? new ReferenceDijkstra(graph).analyse(cells, more, settings)
				: new AccessibilityEngine(graph).analyse(cells, more, settings);
		return result.times(type).clone();
	}

	/** A cell time as the location classes see it: {@link NearestTwoSearch#INFINITE} where unreachable. */
	static int time(int engineTime) {
		return engineTime == Accessibility.UNREACHABLE ? NearestTwoSearch.INFINITE : engineTime;
	}

	/** Each cell's time from its node's time by a textbook search from the site's node, or INFINITE. */
	static int[] timesFromSite(RoadGraph graph, LocationInput input, int node, int connectorTime) {
		int[] result = new int[input.cells.count()];
		java.util.Arrays.fill(result, NearestTwoSearch.INFINITE);
		if (node < 0) {
			return result;
		}
		long[] nodeTime = new ReferenceDijkstra(graph).dijkstra(node, connectorTime, 0)[0];
		for (int c = 0; c < result.length; c++) {
			int v = input.cellNode(c);
			if (v >= 0 && nodeTime[v] < NearestTwoSearch.INFINITE) {
				result[c] = AccessibilityEngine.total((int) nodeTime[v], input.cellConnectorTime[c]);
			}
		}
		return result;
	}

	/** Asserts one row of figures against the figures of cell times going from {@code before} to {@code after}. */
	static void assertFigures(GainFigures figures, int row, Cells cells, int[] thresholdMinutes, int[] before,
			int[] after, String where) {
		long improved = 0, saved = 0, reached = 0;
		long[] within = new long[thresholdMinutes.length];
		int groups = cells.ageGroups().size();
		long[] improvedByAge = new long[groups];
		long[] savedByAge = new long[groups];
		long[][] withinByAge = new long[groups][thresholdMinutes.length];
		for (int c = 0; c < cells.count(); c++) {
			long b = time(before[c]);
			long a = time(after[c]);
			if (a >= b) {
				continue;
			}
			int people = cells.population()[c];
			improved += people;
			if (b == NearestTwoSearch.INFINITE) {
				reached += people;
			} else {
				saved += people * (b - a);
			}
			for (int g = 0; g < groups; g++) {
				improvedByAge[g] += cells.ageGroupPopulation()[g][c];
				if (b != NearestTwoSearch.INFINITE) {
					savedByAge[g] += cells.ageGroupPopulation()[g][c] * (b - a);
				}
			}
			for (int k = 0; k < thresholdMinutes.length; k++) {
				long limit = EngineTime.fromMinutes(thresholdMinutes[k]);
				if (b > limit && a <= limit) {
					within[k] += people;
					for (int g = 0; g < groups; g++) {
						withinByAge[g][k] += cells.ageGroupPopulation()[g][c];
					}
				}
			}
		}
		assertThat(figures.improvedPopulation(row)).as("improved, " + where).isEqualTo(improved);
		assertThat(figures.personTimeSaved(row)).as("time saved, " + where).isEqualTo(saved);
		assertThat(figures.newlyReached(row)).as("newly reached, " + where).isEqualTo(reached);
		for (int k = 0; k < thresholdMinutes.length; k++) {
			assertThat(figures.newlyWithin(k, row)).as("newly within " + k + ", " + where).isEqualTo(within[k]);
		}
		for (int g = 0; g < groups; g++) {
			assertThat(figures.improvedByAge(g, row)).as("improved in group " + g + ", " + where)
				.isEqualTo(improvedByAge[g]);
			assertThat(figures.personTimeSavedByAge(g, row)).as("saved in group " + g + ", " + where)
				.isEqualTo(savedByAge[g]);
			for (int k = 0; k < thresholdMinutes.length; k++) {
				assertThat(figures.newlyWithinByAge(g, k, row)).as("within in group " + g + ", " + where)
					.isEqualTo(withinByAge[g][k]);
			}
		}
	}

	/** The objective's total over the cells on the network. */
	static long objective(LocationObjective objective, LocationInput input, int[] cellTime) {
		long total = 0;
		for (int c = 0; c < cellTime.length; c++) {
			if (input.cellNode(c) >= 0) {
				total += input.cells.population()[c] * objective.cost(time(cellTime[c]));
			}
		}
		return total;
	}

	static int[] min(int[] a, int[] b) {
		int[] m = new int[a.length];
		for (int i = 0; i < a.length; i++) {
			m[i] = Math.min(time(a[i]), time(b[i]));
		}
		return m;
	}
}
