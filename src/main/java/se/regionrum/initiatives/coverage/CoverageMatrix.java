package se.regionrum.initiatives.coverage;

import java.util.List;
import java.util.Map;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.strategy.GoalRef;

/**
 * Goals of the regional strategy × municipalities: how many initiatives in each municipality
 * serve each goal (or a goal or priority below it). Each initiative counts once per cell.
 */
public record CoverageMatrix(List<OrganisationRef> municipalities, List<Row> rows, Map<Long, Long> municipalityTotals,
		long total, long maximum) {

	public record Row(GoalRef goal, int depth, Map<Long, Long> counts, long total) {

		public long count(long municipalityId) {
			return counts.getOrDefault(municipalityId, 0L);
		}

		/** Municipalities with at least one initiative for this goal. */
		public long municipalitiesCovered() {
			return counts.values().stream().filter(c -> c > 0).count();
		}

	}

	public long municipalityTotal(long municipalityId) {
		return municipalityTotals.getOrDefault(municipalityId, 0L);
	}

	/** 0–4, for shading a cell: 0 none, 4 the most of any goal-level cell. */
	public int band(long count) {
		if (count == 0 || maximum == 0) {
			return 0;
		}
		return (int) Math.min(4, 1 + (count * 4 - 1) / maximum);
	}

	public boolean isEmpty() {
		return rows.isEmpty();
	}

}
