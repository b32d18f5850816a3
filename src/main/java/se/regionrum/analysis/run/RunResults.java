package se.regionrum.analysis.run;

import java.util.List;

/** What a finished run stored, as read back for pages, exports and the API. */
public final class RunResults {

	private RunResults() {
	}

	/** Closure impact of one point; lists hold one value per threshold (and per age group). */
	public record PointImpact(int seq, String type, String name, double x, double y, long municipalityId,
			boolean onNetwork, boolean added, long served, long affected, double addedPersonMinutes, long stranded,
			List<Long> pushedPast, List<Long> affectedByAge) {
	}

	/**
	 * Population of one municipality (0: outside every boundary) by travel time to the nearest
	 * point of one type: bands 0–10, 10–20, 20–30 and over 30 minutes, and without any.
	 */
	public record MunicipalitySummary(String type, long municipalityId, String municipalityName, long population,
			long band0to10, long band10to20, long band20to30, long bandOver30, long unreachable, double personMinutes,
			double personKm, List<Long> beyondThresholds) {

		public long reachable() {
			return population - unreachable;
		}

		public Double meanMinutes() {
			return reachable() == 0 ? null : personMinutes / reachable();
		}

		public Double meanKm() {
			return reachable() == 0 ? null : personKm / reachable();
		}

		/** Share (0..1) of the population beyond the threshold at the index, unreachable included. */
		public double shareBeyond(int threshold) {
			return population == 0 ? 0 : (double) beyondThresholds.get(threshold) / population;
		}

		public double share(long part) {
			return population == 0 ? 0 : (double) part / population;
		}

		MunicipalitySummary plus(MunicipalitySummary o) {
			List<Long> beyond = new java.util.ArrayList<>(beyondThresholds);
			for (int i = 0; i < beyond.size(); i++) {
				beyond.set(i, beyond.get(i) + o.beyondThresholds.get(i));
			}
			return new MunicipalitySummary(type, 0, "", population + o.population, band0to10 + o.band0to10,
					band10to20 + o.band10to20, band20to30 + o.band20to30, bandOver30 + o.bandOver30,
					unreachable + o.unreachable, personMinutes + o.personMinutes, personKm + o.personKm, beyond);
		}

	}

	/** Per cell of the grid, for one type: deciseconds, metres and nearest point seq; -1 where unreachable. */
	public record TypeColumns(int[] times, int[] meters, int[] nearest) {
	}

}
