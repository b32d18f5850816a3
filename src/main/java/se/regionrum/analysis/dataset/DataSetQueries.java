package se.regionrum.analysis.dataset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.regionrum.analysis.dataset.DataSets.Grid;
import se.regionrum.analysis.dataset.DataSets.GridInfo;
import se.regionrum.analysis.dataset.DataSets.NetworkInfo;
import se.regionrum.analysis.dataset.DataSets.PointSetInfo;
import se.regionrum.analysis.dataset.DataSets.ServicePoint;
import se.regionrum.analysis.engine.RoadGraph;
import se.regionrum.analysis.engine.RoadGraphFiles;
import se.regionrum.analysis.network.TravelMode;
import se.regionrum.platform.Text;

/** The tables of grids, point sets and networks. No permission checks: {@link DataSetService} has them. */
@Repository
public class DataSetQueries {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	DataSetQueries(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	// Grids

	public List<GridInfo> grids() {
		return jdbc.sql("select * from analysis_grid order by imported_at desc, id desc").query(DataSetQueries::gridInfo).list();
	}

	public Optional<GridInfo> gridInfo(long id) {
		return jdbc.sql("select * from analysis_grid where id = ?").param(id).query(DataSetQueries::gridInfo).optional();
	}

	public Optional<Grid> grid(long id) {
		return gridInfo(id).map(info -> jdbc
			.sql("select cell_x, cell_y, population, age_population, municipality from analysis_grid_data where grid_id = ?")
			.param(id)
			.query((rs, n) -> {
				int[] population = IntColumns.unpack(rs.getBytes("population"));
				byte[] ages = rs.getBytes("age_population");
				int groups = info.ageGroups().size();
				int[][] agePopulation = new int[groups][];
				if (ages != null && groups > 0) {
					int[] all = IntColumns.unpack(ages);
					for (int g = 0; g < groups; g++) {
						agePopulation[g] = Arrays.copyOfRange(all, g * population.length, (g + 1) * population.length);
					}
				}
				return new Grid(info, IntColumns.unpack(rs.getBytes("cell_x")), IntColumns.unpack(rs.getBytes("cell_y")),
						population, agePopulation, IntColumns.unpack(rs.getBytes("municipality")));
			})
			.single());
	}

	long insertGrid(DataSets.NewGrid grid, int[] municipality, String checksum, long totalPopulation,
			Instant importedAt, String importedBy) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into analysis_grid (name, source, crs, cell_size, cell_count, total_population, age_groups,
				    synthetic, checksum, imported_at, imported_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(grid.name(), grid.source(), grid.crs(), grid.cellSize(), grid.x().length, totalPopulation,
					grid.ageGroups().isEmpty() ? null : String.join(";", grid.ageGroups()), grid.synthetic(), checksum,
					Timestamp.from(importedAt), importedBy)
			.update(key, "id");
		long id = key.getKey().longValue();
		byte[] ages = null;
		if (!grid.ageGroups().isEmpty()) {
			int n = grid.population().length;
			int[] all = new int[n * grid.ageGroups().size()];
			for (int g = 0; g < grid.ageGroups().size(); g++) {
				System.arraycopy(grid.agePopulation()[g], 0, all, g * n, n);
			}
			ages = IntColumns.pack(all);
		}
		jdbc.sql("insert into analysis_grid_data (grid_id, cell_x, cell_y, population, age_population, municipality) "
				+ "values (?, ?, ?, ?, ?, ?)")
			.params(id, IntColumns.pack(grid.x()), IntColumns.pack(grid.y()), IntColumns.pack(grid.population()), ages,
					IntColumns.pack(municipality))
			.update();
		return id;
	}

	private static GridInfo gridInfo(ResultSet rs, int n) throws SQLException {
		String ages = rs.getString("age_groups");
		return new GridInfo(rs.getLong("id"), rs.getString("name"), rs.getString("source"), rs.getString("crs"),
				rs.getInt("cell_size"), rs.getInt("cell_count"), rs.getLong("total_population"),
				ages == null || ages.isEmpty() ? List.of() : List.of(ages.split(";")), rs.getBoolean("synthetic"),
				rs.getString("checksum"), rs.getTimestamp("imported_at").toInstant(), rs.getString("imported_by"));
	}

	// Point sets

	public List<PointSetInfo> pointSets() {
		return jdbc.sql("select * from analysis_point_set order by imported_at desc, id desc").query(DataSetQueries::pointSetInfo).list();
	}

	public Optional<PointSetInfo> pointSet(long id) {
		return jdbc.sql("select * from analysis_point_set where id = ?").param(id).query(DataSetQueries::pointSetInfo).optional();
	}

	public long countGrids() {
		return jdbc.sql("select count(*) from analysis_grid").query(Long.class).single();
	}

	/** The point set imported last, by id. */
	public Optional<Long> newestPointSetId() {
		return jdbc.sql("select id from analysis_point_set order by id desc limit 1").query(Long.class).optional();
	}

	/** How many points a set has. */
	public long countPoints(long pointSetId) {
		return jdbc.sql("select count(*) from analysis_service_point where point_set_id = ?")
			.param(pointSetId)
			.query(Long.class)
			.single();
	}

	/** How many points of a set lie outside every municipality's boundary. */
	public long countPointsOutside(long pointSetId) {
		return jdbc.sql("select count(*) from analysis_service_point where point_set_id = ? and municipality_id is null")
			.param(pointSetId)
			.query(Long.class)
			.single();
	}

	/** The points of a set in seq order. */
	public List<ServicePoint> points(long pointSetId) {
		return jdbc.sql("select * from analysis_service_point where point_set_id = ? order by seq")
			.param(pointSetId)
			.query(DataSetQueries::point)
			.list();
	}

	/** Points of a set matching the filter, in seq order; {@code null} or blank criteria match all. */
	public List<ServicePoint> points(long pointSetId, String type, Long municipalityId, String text) {
		StringBuilder sql = new StringBuilder("select * from analysis_service_point where point_set_id = ?");
		List<Object> params = new ArrayList<>(List.of(pointSetId));
		if (type != null && !type.isBlank()) {
			sql.append(" and service_type = ?");
			params.add(type);
		}
		if (municipalityId != null) {
			sql.append(" and coalesce(municipality_id, 0) = ?");
			params.add(municipalityId);
		}
		if (text != null && !text.isBlank()) {
			sql.append(" and lower(name) like ?" + Text.LIKE_ESCAPE);
			params.add(Text.containsPattern(text));
		}
		return jdbc.sql(sql.append(" order by seq").toString()).params(params).query(DataSetQueries::point).list();
	}

	long insertPointSet(DataSets.NewPointSet set, long[] municipality, String checksum, Instant importedAt,
			String importedBy) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into analysis_point_set (name, source, point_count, synthetic, checksum, imported_at, imported_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(set.name(), set.source(), set.points().size(), set.synthetic(), checksum, Timestamp.from(importedAt),
					importedBy)
			.update(key, "id");
		long id = key.getKey().longValue();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < set.points().size(); i++) {
			DataSets.NewPoint p = set.points().get(i);
			rows.add(new Object[] { id, i, p.type(), p.name(), p.x(), p.y(), municipality[i] == 0 ? null : municipality[i],
					p.source() });
		}
		batch("insert into analysis_service_point (point_set_id, seq, service_type, name, x, y, municipality_id, source) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
		return id;
	}

	private void batch(String sql, List<Object[]> rows) {
		// One round trip per thousand rows: a national point set has some ten thousand.
		for (int from = 0; from < rows.size(); from += 1000) {
			jdbcTemplate.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1000)));
		}
	}

	private static PointSetInfo pointSetInfo(ResultSet rs, int n) throws SQLException {
		return new PointSetInfo(rs.getLong("id"), rs.getString("name"), rs.getString("source"), rs.getInt("point_count"),
				rs.getBoolean("synthetic"), rs.getString("checksum"), rs.getTimestamp("imported_at").toInstant(),
				rs.getString("imported_by"));
	}

	private static ServicePoint point(ResultSet rs, int n) throws SQLException {
		return new ServicePoint(rs.getLong("id"), rs.getLong("point_set_id"), rs.getInt("seq"),
				rs.getString("service_type"), rs.getString("name"), rs.getDouble("x"), rs.getDouble("y"),
				rs.getLong("municipality_id"), rs.getString("source"));
	}

	// Networks

	public List<NetworkInfo> networks() {
		return jdbc.sql("select * from analysis_road_network order by imported_at desc, id desc").query(DataSetQueries::networkInfo).list();
	}

	public Optional<NetworkInfo> network(long id) {
		return jdbc.sql("select * from analysis_road_network where id = ?").param(id).query(DataSetQueries::networkInfo).optional();
	}

	public RoadGraph graph(long networkId) {
		byte[] bytes = jdbc.sql("select graph from analysis_road_network_data where network_id = ?")
			.param(networkId)
			.query((rs, n) -> rs.getBytes(1))
			.single();
		try {
			return RoadGraphFiles.read(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	long insertNetwork(String name, String source, TravelMode mode, boolean synthetic, RoadGraph graph, byte[] bytes,
			String checksum, Instant importedAt, String importedBy) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into analysis_road_network (name, source, travel_mode, node_count, edge_count, synthetic,
				    checksum, imported_at, imported_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(name, source, mode.name(), graph.nodeCount(), graph.edgeCount(), synthetic, checksum,
					Timestamp.from(importedAt), importedBy)
			.update(key, "id");
		long id = key.getKey().longValue();
		jdbc.sql("insert into analysis_road_network_data (network_id, graph) values (?, ?)").params(id, bytes).update();
		return id;
	}

	static byte[] graphBytes(RoadGraph graph) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			RoadGraphFiles.write(graph, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static NetworkInfo networkInfo(ResultSet rs, int n) throws SQLException {
		return new NetworkInfo(rs.getLong("id"), rs.getString("name"), rs.getString("source"),
				TravelMode.valueOf(rs.getString("travel_mode")), rs.getInt("node_count"),
				rs.getInt("edge_count"), rs.getBoolean("synthetic"), rs.getString("checksum"),
				rs.getTimestamp("imported_at").toInstant(), rs.getString("imported_by"));
	}

}
