package se.regionrum.analysis.imports;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Removes the data sets that import jobs made, so that tests sharing one database do not find a
 * Helsinki grid or an Andorra network preselected as the newest inputs of their runs.
 */
public final class ImportedDataSets {

	private ImportedDataSets() {
	}

	public static void remove(JdbcClient jdbc) {
		for (String[] kind : new String[][] { { "GRID", "analysis_grid" }, { "POINTS", "analysis_point_set" },
				{ "NETWORK", "analysis_road_network" } }) {
			jdbc.sql("delete from " + kind[1] + " where id in (select dataset_id from analysis_import where kind = ? "
					+ "and status = 'DONE')").param(kind[0]).update();
		}
	}

}
