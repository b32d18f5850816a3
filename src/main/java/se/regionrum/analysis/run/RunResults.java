package se.regionrum.analysis.run;

import java.util.ArrayList;
import java.util.List;

import se.regionrum.analysis.dataset.PointLabels;

/** What a finished run stored, as read back for pages, exports and the API. */
public final class RunResults {

	private RunResults() {
	}

	/**
	 * Closure impact of one point; {@code pushedPast} holds one value per threshold, {@code byAge}
	 * one entry per age group of the grid (empty when the grid has none). {@code source} is where a
	 * stored point came from ({@code node/…} for OpenStreetMap), null for a point a scenario added.
	 */
	public record PointImpact(int seq, String type, String name, String source, double x, double y,
			long municipalityId, boolean onNetwork, boolean added, long served, long affected,
			double addedPersonMinutes, long stranded, List<Long> pushedPast, List<AgeGroupImpact> byAge) {

		public PointImpact {
			pushedPast = List.copyOf(pushedPast);
			byAge = List.copyOf(byAge);
		}

		/** The name, or for a point without one its kind and source (see {@link PointLabels}). */
		public String label(String typeName) {
			return PointLabels.label(name, typeName, source, seq);
		}

	}

	/**
	 * Closure impact of one point on one age group of the grid: people who would travel longer and,
	 * per threshold, people pushed past it (empty for runs stored before these were kept).
	 */
	public record AgeGroupImpact(String ageGroup, long affected, List<Long> pushedPast) {

		public AgeGroupImpact {
			pushedPast = List.copyOf(pushedPast);
		}

	}

	/**
	 * Population of one municipality (0: outside every boundary) by travel time to the nearest
	 * point of one type: bands 0–10, 10–20, 20–30 and over 30 minutes, and without any; by road
	 * distance in the bands of {@link Bands#KM} ({@code kmBands}, one more than the limits) and
	 * beyond each of those limits ({@code beyondKm}, unreachable included). The km lists are empty
	 * for runs stored before they were kept.
	 */
	public record MunicipalitySummary(String type, long municipalityId, String municipalityName, long population,
			long band0to10, long band10to20, long band20to30, long bandOver30, long unreachable, double personMinutes,
			double personKm, List<Long> beyondThresholds, List<Long> kmBands, List<Long> beyondKm) {

		public MunicipalitySummary {
			beyondThresholds = List.copyOf(beyondThresholds);
			kmBands = List.copyOf(kmBands);
			beyondKm = List.copyOf(beyondKm);
		}

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
			return share(beyondThresholds.get(threshold));
		}

		/** Share (0..1) of the population beyond the km limit at the index, unreachable included. */
		public Double shareBeyondKm(int limit) {
			return beyondKm.isEmpty() ? null : share(beyondKm.get(limit));
		}

		public boolean hasKm() {
			return !kmBands.isEmpty();
		}

		public double share(long part) {
			return population == 0 ? 0 : (double) part / population;
		}

		MunicipalitySummary plus(MunicipalitySummary o) {
			return new MunicipalitySummary(type, 0, "", population + o.population, band0to10 + o.band0to10,
					band10to20 + o.band10to20, band20to30 + o.band20to30, bandOver30 + o.bandOver30,
					unreachable + o.unreachable, personMinutes + o.personMinutes, personKm + o.personKm,
					sum(beyondThresholds, o.beyondThresholds), sum(kmBands, o.kmBands), sum(beyondKm, o.beyondKm));
		}

		/** This sum as the region's row (municipality id -1). */
		MunicipalitySummary asTotal() {
			return new MunicipalitySummary(type, -1, "", population, band0to10, band10to20, band20to30, bandOver30,
					unreachable, personMinutes, personKm, beyondThresholds, kmBands, beyondKm);
		}

		/** Element-wise sum; a list missing on one side (an older run) makes the sum missing too. */
		private static List<Long> sum(List<Long> a, List<Long> b) {
			if (a.size() != b.size()) {
				return List.of();
			}
			List<Long> sum = new ArrayList<>(a);
			for (int i = 0; i < sum.size(); i++) {
				sum.set(i, sum.get(i) + b.get(i));
			}
			return sum;
		}

	}

	/** Per cell of the grid, for one type: deciseconds, metres and nearest point seq; -1 where unreachable. */
	public record TypeColumns(int[] times, int[] meters, int[] nearest) {
	}

}
