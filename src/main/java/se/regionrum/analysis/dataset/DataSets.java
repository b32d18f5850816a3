package se.regionrum.analysis.dataset;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import se.regionrum.analysis.engine.Cells;
import se.regionrum.analysis.network.TravelMode;

/** The stored inputs of an analysis: grids, service point sets and road networks, as records. */
public final class DataSets {

	private DataSets() {
	}

	static String shortVersion(String checksum) {
		return checksum.substring(0, Math.min(12, checksum.length()));
	}

	/** A population grid's metadata; {@code checksum} is its content version. */
	public record GridInfo(long id, String name, String source, String crs, int cellSize, int cellCount,
			long totalPopulation, List<String> ageGroups, boolean synthetic, String checksum, Instant importedAt,
			String importedBy) {

		public String version() {
			return shortVersion(checksum);
		}

	}

	/**
	 * A grid with its cells: lower-left corners in SWEREF 99 TM, population, population per age group
	 * ({@code [group][cell]}) and municipality (organisation id, 0 outside every boundary).
	 */
	public record Grid(GridInfo info, int[] x, int[] y, int[] population, int[][] agePopulation, int[] municipality) {

		/** The cells as the engine sees them: centres. */
		public Cells cells() {
			double half = info.cellSize() / 2.0;
			double[] cx = Arrays.stream(x).asDoubleStream().map(v -> v + half).toArray();
			double[] cy = Arrays.stream(y).asDoubleStream().map(v -> v + half).toArray();
			return new Cells(cx, cy, population, info.ageGroups(), agePopulation);
		}

	}

	/**
	 * A grid to import, as a reader gives it: cells by lower-left corner in SWEREF 99 TM (EPSG:3006).
	 *
	 * @param agePopulation {@code [group][cell]}, empty when {@code ageGroups} is
	 * @param municipalityCodes four-digit SCB municipality code per cell (blank where unknown), or
	 *        {@code null} when the file has no such column and cells are placed by the boundaries
	 */
	public record NewGrid(String name, String source, String crs, int cellSize, int[] x, int[] y, int[] population,
			List<String> ageGroups, int[][] agePopulation, boolean synthetic, String[] municipalityCodes) {

		/** A grid whose cells get their municipality from the boundaries. */
		public NewGrid(String name, String source, String crs, int cellSize, int[] x, int[] y, int[] population,
				List<String> ageGroups, int[][] agePopulation, boolean synthetic) {
			this(name, source, crs, cellSize, x, y, population, ageGroups, agePopulation, synthetic, null);
		}

	}

	public record PointSetInfo(long id, String name, String source, int pointCount, boolean synthetic,
			String checksum, Instant importedAt, String importedBy) {

		public String version() {
			return shortVersion(checksum);
		}

	}

	/** A stored service point; {@code seq} is its index in the set and its id in an analysis. */
	public record ServicePoint(long id, long pointSetId, int seq, String type, String name, double x, double y,
			long municipalityId, String source) {

		/** The name, or for a point without one its kind and source (see {@link PointLabels}). */
		public String label(String typeName) {
			return PointLabels.label(name, typeName, source, seq);
		}

	}

	/** A service point to import: type code, name, place in SWEREF 99 TM, where it came from. */
	public record NewPoint(String type, String name, double x, double y, String source) {
	}

	public record NewPointSet(String name, String source, boolean synthetic, List<NewPoint> points) {
	}

	/** A stored network, built for one travel mode (a car's when its file did not say). */
	public record NetworkInfo(long id, String name, String source, TravelMode mode, int nodeCount, int edgeCount,
			boolean synthetic, String checksum, Instant importedAt, String importedBy) {

		public String version() {
			return shortVersion(checksum);
		}

	}

}
