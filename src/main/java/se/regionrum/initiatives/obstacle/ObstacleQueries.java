package se.regionrum.initiatives.obstacle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read models of obstacles across initiatives. */
@Repository
class ObstacleQueries {

	private final JdbcClient jdbc;

	ObstacleQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Obstacles not yet removed, grouped by who can remove them, in one query; optionally of
	 * published initiatives only, optionally for one municipality.
	 */
	Map<ObstacleRemover, List<OpenObstacle>> openByRemover(Long municipalityId, boolean publishedOnly) {
		Map<ObstacleRemover, List<OpenObstacle>> grouped = new EnumMap<>(ObstacleRemover.class);
		for (ObstacleRemover remover : ObstacleRemover.values()) {
			grouped.put(remover, new ArrayList<>());
		}
		Map<String, Object> params = new LinkedHashMap<>();
		String sql = """
				select o.id, o.initiative_id, i.title initiative_title, o.kind, o.title, o.remover, o.status,
				       o.identified_on, o.handling_started_on
				from obstacle o join initiative i on i.id = o.initiative_id
				where o.status <> 'REMOVED'""";
		if (publishedOnly) {
			sql += " and i.published = true";
		}
		if (municipalityId != null) {
			sql += " and i.id in (select m.initiative from initiative_municipality m where m.organisation_id = :m)";
			params.put("m", municipalityId);
		}
		jdbc.sql(sql + " order by o.remover, o.identified_on, o.id").params(params).query(rs -> {
			OpenObstacle row = new OpenObstacle(rs.getLong(1), rs.getLong(2), rs.getString(3),
					ObstacleKind.valueOf(rs.getString(4)), rs.getString(5), ObstacleRemover.valueOf(rs.getString(6)),
					ObstacleStatus.valueOf(rs.getString(7)), rs.getObject(8, LocalDate.class),
					rs.getObject(9, LocalDate.class));
			grouped.get(row.remover()).add(row);
		});
		return grouped;
	}

}
