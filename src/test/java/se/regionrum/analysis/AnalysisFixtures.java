package se.regionrum.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import se.regionrum.analysis.dataset.DataSetService;
import se.regionrum.analysis.dataset.DataSets;
import se.regionrum.analysis.geo.CoordinateTransforms;
import se.regionrum.analysis.engine.RoadGraph;
import se.regionrum.analysis.engine.RoadGraphBuilder;
import se.regionrum.analysis.network.TravelMode;
import se.regionrum.analysis.run.AnalysisRun;
import se.regionrum.analysis.run.RunRequest;
import se.regionrum.analysis.run.RunService;
import se.regionrum.platform.Waiting;
import se.regionrum.platform.SystemUser;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small world of its own for analysis tests, so that they never touch the demo data: a 9 x 9
 * road grid at 1 km spacing around Falun's centre, a cell at every node with 10 people, two
 * grocery stores and one pharmacy. Also the real data extracts under {@code src/test/resources/analysis/}
 * (see the README there).
 */
public final class AnalysisFixtures {

	public static final int SIZE = 9;

	public static final int SPACING = 1000;

	private AnalysisFixtures() {
	}

	public record World(long gridId, long pointSetId, long networkId) {

		public RunRequest request(String name) {
			return new RunRequest(name, gridId, networkId, pointSetId, null, List.of("grocery_full", "pharmacy"));
		}

	}

	/** Lower-left corner of the world in SWEREF 99 TM, near Falun so that cells fall in a municipality. */
	static double[] origin() {
		double[] falun = CoordinateTransforms.wgs84ToSweref99(15.63, 60.605);
		return new double[] { Math.floor(falun[0] / 1000) * 1000 - 4000, Math.floor(falun[1] / 1000) * 1000 - 4000 };
	}

	public static World create(DataSetService data, String label) {
		return create(data, label, false);
	}

	/** The world; with age groups, each cell's 10 people are 7 aged "0-64" and 3 aged "65+". */
	public static World create(DataSetService data, String label, boolean ageGroups) {
		return create(data, label, ageGroups, TravelMode.CAR);
	}

	/** The world with its network stored as one of the given travel mode. */
	public static World create(DataSetService data, String label, boolean ageGroups, TravelMode mode) {
		double[] o = origin();
		RoadGraphBuilder builder = new RoadGraphBuilder();
		for (int j = 0; j < SIZE; j++) {
			for (int i = 0; i < SIZE; i++) {
				builder.addNode(o[0] + i * SPACING, o[1] + j * SPACING);
			}
		}
		for (int j = 0; j < SIZE; j++) {
			for (int i = 0; i < SIZE; i++) {
				int v = j * SIZE + i;
				// 60 km/h: one minute per link.
				if (i + 1 < SIZE) {
					builder.addRoad(v, v + 1, 60, SPACING);
				}
				if (j + 1 < SIZE) {
					builder.addRoad(v, v + SIZE, 60, SPACING);
				}
			}
		}
		RoadGraph graph = builder.build();
		int n = SIZE * SIZE;
		int[] x = new int[n];
		int[] y = new int[n];
		int[] population = new int[n];
		for (int j = 0; j < SIZE; j++) {
			for (int i = 0; i < SIZE; i++) {
				int c = j * SIZE + i;
				// The cell's centre lies on the node.
				x[c] = (int) (o[0] + i * SPACING - 125);
				y[c] = (int) (o[1] + j * SPACING - 125);
				population[c] = 10;
			}
		}
		List<DataSets.NewPoint> points = new ArrayList<>();
		points.add(new DataSets.NewPoint("grocery_full", "Test-Konsum väst " + label, o[0], o[1], "test"));
		points.add(new DataSets.NewPoint("grocery_full", "Test-ICA öst " + label, o[0] + 8 * SPACING, o[1] + 8 * SPACING, "test"));
		points.add(new DataSets.NewPoint("pharmacy", "Test-Apotek " + label, o[0] + 4 * SPACING, o[1] + 4 * SPACING, "test"));
		return SystemUser.call(() -> {
			int[][] ages = { new int[n], new int[n] };
			java.util.Arrays.fill(ages[0], 7);
			java.util.Arrays.fill(ages[1], 3);
			var grid = data.importGrid(new DataSets.NewGrid("Testrutnät " + label, "test", "EPSG:3006", 250, x, y,
					population, ageGroups ? List.of("0-64", "65+") : List.of(), ageGroups ? ages : new int[0][], false));
			var set = data.importPoints(new DataSets.NewPointSet("Testställen " + label, "test", false, points));
			var network = data.importNetwork("Testvägnät " + label, "test", mode, false, graph);
			return new World(grid.id(), set.id(), network.id());
		});
	}

	/** Waits until the run is no longer queued or running. */
	public static AnalysisRun await(RunService runs, long id) {
		AnalysisRun run = Waiting.until(() -> SystemUser.call(() -> runs.get(id)), r -> !r.active());
		assertThat(run.active()).as("run %d still %s after a minute", id, run.status()).isFalse();
		return run;
	}

	/** A real data extract under {@code src/test/resources/analysis/}. */
	public static Path path(String file) {
		try {
			return Path.of(AnalysisFixtures.class.getResource("/analysis/" + file).toURI());
		}
		catch (URISyntaxException | NullPointerException ex) {
			throw new IllegalStateException("test data file missing: " + file, ex);
		}
	}

	/**
	 * Removes the data sets that import jobs made, so that tests sharing one database do not find a
	 * Helsinki grid or an Andorra network preselected as the newest inputs of their runs.
	 */
	public static void removeImportedDataSets(JdbcClient jdbc) {
		for (String[] kind : new String[][] { { "GRID", "analysis_grid" }, { "POINTS", "analysis_point_set" },
				{ "NETWORK", "analysis_road_network" } }) {
			jdbc.sql("delete from " + kind[1] + " where id in (select dataset_id from analysis_import where kind = ? "
					+ "and status = 'DONE')").param(kind[0]).update();
		}
	}

}
