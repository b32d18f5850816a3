package se.regionrum.initiatives.initiative;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.regionrum.actors.Organisations;
import se.regionrum.initiatives.InitiativeLevel;
import se.regionrum.initiatives.InitiativeRef;
import se.regionrum.initiatives.InitiativeStatus;
import se.regionrum.platform.PageResult;
import se.regionrum.platform.Text;

/**
 * The filtered list, map and exports of initiatives. A page costs a fixed number of queries
 * whatever its size: the count, the page's ids, their details with open obstacles and granted
 * funding joined in, their municipalities and themes, and the organisation names.
 */
@Repository
public class InitiativeQueries {

	private final JdbcClient jdbc;

	private final Organisations organisations;

	InitiativeQueries(JdbcClient jdbc, Organisations organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	/** A filter made ready for SQL: goal ids expanded to the goals below, visibility decided. */
	public record Criteria(InitiativeFilter filter, Collection<Long> goalIds, boolean publishedOnly) {
	}

	/** The where clause and its parameters, for the initiative table aliased {@code i}. */
	public record Where(String sql, Map<String, Object> params) {
	}

	public static Where where(Criteria criteria) {
		InitiativeFilter filter = criteria.filter();
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(" where 1=1");
		if (criteria.publishedOnly()) {
			where.append(" and i.published = true");
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" and lower(i.title) like :q" + Text.LIKE_ESCAPE);
			params.put("q", Text.containsPattern(filter.q()));
		}
		if (filter.municipality() != null) {
			where.append(" and i.id in (select m.initiative from initiative_municipality m where m.organisation_id = :municipality)");
			params.put("municipality", filter.municipality());
		}
		if (filter.theme() != null) {
			where.append(" and i.id in (select t.initiative from initiative_theme t where t.theme = :theme)");
			params.put("theme", filter.theme().name());
		}
		if (filter.status() != null) {
			where.append(" and i.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.level() != null) {
			where.append(" and i.level = :level");
			params.put("level", filter.level().name());
		}
		if (filter.goal() != null) {
			where.append(" and i.id in (select g.initiative from initiative_goal g where g.goal_id in (:goals))");
			params.put("goals", criteria.goalIds() == null || criteria.goalIds().isEmpty() ? List.of(filter.goal())
					: criteria.goalIds());
		}
		if (filter.source() != null) {
			where.append(" and i.id in (select f.initiative_id from funding_line f where f.source = :source)");
			params.put("source", filter.source().name());
		}
		if (filter.practiceCase() != null) {
			where.append(" and i.practice_case = :practiceCase");
			params.put("practiceCase", filter.practiceCase());
		}
		if (filter.pilot() != null) {
			where.append(" and i.pilot_project = :pilot");
			params.put("pilot", filter.pilot());
		}
		if (filter.owner() != null) {
			where.append(" and i.owner_organisation_id = :owner");
			params.put("owner", filter.owner());
		}
		return new Where(where.toString(), params);
	}

	public PageResult<InitiativeSummary> find(Criteria criteria, int page, int size) {
		Where where = where(criteria);
		long total = jdbc.sql("select count(*) from initiative i" + where.sql()).params(where.params())
			.query(Long.class).single();
		List<Long> ids = jdbc.sql("select i.id from initiative i" + where.sql() + " order by "
				+ criteria.filter().orderBy() + (size > 0 ? " limit :limit offset :offset" : ""))
			.params(where.params())
			.params(size > 0 ? Map.of("limit", size, "offset", (long) page * size) : Map.of())
			.query(Long.class)
			.list();
		List<InitiativeSummary> items = summaries(ids);
		return new PageResult<>(items, page, size > 0 ? size : items.size(), total);
	}

	/** All ids of the filtered set in list order, for exports and the map. */
	public List<Long> ids(Criteria criteria) {
		Where where = where(criteria);
		return jdbc.sql("select i.id from initiative i" + where.sql() + " order by " + criteria.filter().orderBy())
			.params(where.params())
			.query(Long.class)
			.list();
	}

	/** Summaries of the given initiatives, in the given order, in four queries. */
	public List<InitiativeSummary> summaries(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Object[]> rows = new HashMap<>();
		jdbc.sql("""
				select i.id, i.title, i.status, i.level, i.owner_organisation_id, i.practice_case, i.pilot_project,
				       i.published, i.updated_at,
				       (select count(*) from obstacle o where o.initiative_id = i.id and o.status <> 'REMOVED') open_obstacles,
				       (select coalesce(sum(f.amount_granted), 0) from funding_line f where f.initiative_id = i.id) granted
				from initiative i where i.id in (:ids)""")
			.param("ids", ids)
			.query(rs -> {
				rows.put(rs.getLong("id"), new Object[] { rs.getString("title"), rs.getString("status"),
						rs.getString("level"), rs.getLong("owner_organisation_id"), rs.getBoolean("practice_case"),
						rs.getBoolean("pilot_project"), rs.getBoolean("published"),
						rs.getTimestamp("updated_at").toInstant(), rs.getLong("open_obstacles"), rs.getLong("granted") });
			});
		Map<Long, List<Long>> municipalities = new HashMap<>();
		Map<Long, Set<Theme>> themes = new HashMap<>();
		jdbc.sql("""
				select initiative, organisation_id, null theme from initiative_municipality where initiative in (:ids)
				union all
				select initiative, null, theme from initiative_theme where initiative in (:ids)""")
			.param("ids", ids)
			.query(rs -> {
				long id = rs.getLong(1);
				String theme = rs.getString(3);
				if (theme == null) {
					municipalities.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getLong(2));
				}
				else {
					themes.computeIfAbsent(id, k -> new TreeSet<>()).add(Theme.valueOf(theme));
				}
			});
		Set<Long> organisationIds = new HashSet<>();
		rows.values().forEach(r -> organisationIds.add((Long) r[3]));
		municipalities.values().forEach(organisationIds::addAll);
		Map<Long, String> names = organisations.names(organisationIds);
		List<InitiativeSummary> items = new ArrayList<>(ids.size());
		for (Long id : ids) {
			Object[] r = rows.get(id);
			if (r == null) {
				continue;
			}
			List<String> municipalityNames = municipalities.getOrDefault(id, List.of()).stream()
				.map(m -> names.getOrDefault(m, "#" + m)).sorted().toList();
			items.add(new InitiativeSummary(id, (String) r[0], InitiativeStatus.valueOf((String) r[1]),
					InitiativeLevel.valueOf((String) r[2]), (Long) r[3], names.getOrDefault((Long) r[3], "#" + r[3]),
					municipalityNames, themes.getOrDefault(id, Set.of()), (Boolean) r[4], (Boolean) r[5],
					(Boolean) r[6], (Long) r[8], (Long) r[9], (java.time.Instant) r[7]));
		}
		return items;
	}

	/** How many initiatives of the filtered set are in each status. */
	public Map<InitiativeStatus, Long> countByStatus(Criteria criteria) {
		Where where = where(criteria);
		Map<InitiativeStatus, Long> counts = new EnumMap<>(InitiativeStatus.class);
		for (InitiativeStatus status : InitiativeStatus.values()) {
			counts.put(status, 0L);
		}
		jdbc.sql("select i.status, count(*) from initiative i" + where.sql() + " group by i.status")
			.params(where.params())
			.query(rs -> {
				counts.put(InitiativeStatus.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return counts;
	}

	/** A place on the map: a point, or an area with its centre. */
	public record Place(long id, String title, InitiativeStatus status, PlaceKind placeKind, Double latitude,
			Double longitude, String areaGeojson) {
	}

	public List<Place> places(List<Long> ids) {
		List<Place> places = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += 1000) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
			Map<Long, Place> byId = new HashMap<>();
			jdbc.sql("""
					select id, title, status, place_kind, latitude, longitude, area_geojson from initiative
					where id in (:ids) and (latitude is not null or area_geojson is not null)""")
				.param("ids", chunk)
				.query(rs -> {
					byId.put(rs.getLong(1), new Place(rs.getLong(1), rs.getString(2),
							InitiativeStatus.valueOf(rs.getString(3)), PlaceKind.valueOf(rs.getString(4)),
							rs.getObject(5, Double.class), rs.getObject(6, Double.class), rs.getString(7)));
				});
			chunk.stream().map(byId::get).filter(p -> p != null).forEach(places::add);
		}
		return places;
	}

	/**
	 * The initiatives with their places for maps, in the order of the ids: a drawn area gives a
	 * point inside it, and the municipalities an initiative is placed in are listed.
	 */
	public List<se.regionrum.initiatives.InitiativePlace> mapPlaces(List<Long> ids) {
		List<se.regionrum.initiatives.InitiativePlace> places = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += 1000) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
			Map<Long, List<Long>> municipalities = new HashMap<>();
			jdbc.sql("select initiative, organisation_id from initiative_municipality where initiative in (:ids) "
					+ "order by initiative, organisation_id")
				.param("ids", chunk)
				.query(rs -> {
					municipalities.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
				});
			Map<Long, se.regionrum.initiatives.InitiativePlace> byId = new HashMap<>();
			jdbc.sql("select id, title, status, latitude, longitude, area_geojson from initiative where id in (:ids)")
				.param("ids", chunk)
				.query(rs -> {
					Double lat = rs.getObject(4, Double.class);
					Double lon = rs.getObject(5, Double.class);
					if (lat == null && rs.getString(6) != null) {
						org.locationtech.jts.geom.Geometry area = InitiativeService.area(rs.getString(6));
						if (area != null) {
							org.locationtech.jts.geom.Point inside = area.getInteriorPoint();
							lat = inside.getY();
							lon = inside.getX();
						}
					}
					byId.put(rs.getLong(1), new se.regionrum.initiatives.InitiativePlace(rs.getLong(1), rs.getString(2),
							InitiativeStatus.valueOf(rs.getString(3)), lat, lon,
							municipalities.getOrDefault(rs.getLong(1), List.of())));
				});
			chunk.stream().map(byId::get).filter(p -> p != null).forEach(places::add);
		}
		return places;
	}

	public List<StatusChange> history(long initiativeId) {
		return jdbc.sql("""
				select from_status, to_status, changed_on, changed_at, changed_by, note from initiative_status_change
				where initiative_id = ? order by changed_at, id""")
			.param(initiativeId)
			.query((rs, n) -> new StatusChange(status(rs, 1), InitiativeStatus.valueOf(rs.getString(2)),
					rs.getObject(3, java.time.LocalDate.class), rs.getTimestamp(4).toInstant(), rs.getString(5),
					rs.getString(6)))
			.list();
	}

	void recordStatusChange(long initiativeId, InitiativeStatus from, InitiativeStatus to, java.time.LocalDate on,
			String by, String note) {
		jdbc.sql("""
				insert into initiative_status_change (initiative_id, from_status, to_status, changed_on, changed_at,
				    changed_by, note) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(initiativeId, from == null ? null : from.name(), to.name(), on,
					java.sql.Timestamp.from(java.time.Instant.now()), by, note)
			.update();
	}

	List<InitiativeRef> fromOrigin(String kind, long originId, boolean publishedOnly) {
		return jdbc.sql("select id, title, status, owner_organisation_id, published from initiative "
				+ "where origin_kind = ? and origin_id = ?" + (publishedOnly ? " and published = true" : "")
				+ " order by id")
			.params(kind, originId)
			.query((rs, n) -> new InitiativeRef(rs.getLong(1), rs.getString(2), InitiativeStatus.valueOf(rs.getString(3)),
					rs.getLong(4), rs.getBoolean(5)))
			.list();
	}

	/** Initiatives by title: the given ids (or all when null). */
	List<InitiativeRef> refs(java.util.Collection<Long> ids, boolean publishedOnly) {
		if (ids != null && ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id, title, status, owner_organisation_id, published from initiative where 1=1"
				+ (ids == null ? "" : " and id in (:ids)") + (publishedOnly ? " and published = true" : "")
				+ " order by lower(title), id")
			.params(ids == null ? java.util.Map.of() : java.util.Map.of("ids", ids))
			.query((rs, n) -> new InitiativeRef(rs.getLong(1), rs.getString(2), InitiativeStatus.valueOf(rs.getString(3)),
					rs.getLong(4), rs.getBoolean(5)))
			.list();
	}

	/** Started initiatives, removed obstacles and funding granted of the given initiatives. */
	se.regionrum.initiatives.Initiatives.OutcomeFigures outcomeFigures(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return new se.regionrum.initiatives.Initiatives.OutcomeFigures(0, 0, 0, 0);
		}
		return jdbc.sql("select count(*), coalesce(sum(case when i.status in ('IDEA', 'STOPPED') then 0 else 1 end), 0),"
				+ " (select count(*) from obstacle o where o.initiative_id in (:ids) and o.status = 'REMOVED'),"
				+ " (select coalesce(sum(f.amount_granted), 0) from funding_line f where f.initiative_id in (:ids))"
				+ " from initiative i where i.id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> new se.regionrum.initiatives.Initiatives.OutcomeFigures(rs.getInt(1), rs.getInt(2),
					rs.getInt(3), rs.getLong(4)))
			.single();
	}

	/** The owner of each initiative, for permission checks of obstacles and funding. */
	public java.util.Optional<Long> ownerOf(long initiativeId) {
		return jdbc.sql("select owner_organisation_id from initiative where id = ?").param(initiativeId)
			.query(Long.class).optional();
	}

	/** Id and title of every initiative (or of the given ones), by title. */
	List<Option> titles(Collection<Long> ids, boolean publishedOnly) {
		String where = ids == null ? " where 1=1" : " where id in (:ids)";
		var statement = jdbc.sql("select id, title from initiative" + where
				+ (publishedOnly ? " and published = true" : "") + " order by lower(title), id");
		if (ids != null) {
			statement = statement.param("ids", ids);
		}
		return statement.query((rs, n) -> new Option(rs.getLong(1), rs.getString(2))).list();
	}

	record Option(long id, String title) {
	}

	/**
	 * The start page's figures: initiatives, active ones, open obstacles, practice cases and
	 * establishments.
	 */
	public long[] startPageCounts(boolean publishedOnly) {
		String published = publishedOnly ? " and i.published = true" : "";
		return jdbc.sql("select (select count(*) from initiative i where 1=1" + published + "), "
				+ "(select count(*) from initiative i where i.status in ('PREPARATION', 'DECIDED', 'UNDER_WAY')"
				+ published + "), "
				+ "(select count(*) from obstacle o join initiative i on i.id = o.initiative_id where o.status <> 'REMOVED'"
				+ published + "), "
				+ "(select count(*) from initiative i where i.practice_case = true" + published + "), "
				+ "(select count(*) from establishment i where 1=1" + published + ")")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5) })
			.single();
	}

	private static InitiativeStatus status(ResultSet rs, int column) throws SQLException {
		String value = rs.getString(column);
		return value == null ? null : InitiativeStatus.valueOf(value);
	}

	/** Every initiative, unpublished included: the demo data loads only into an empty module. */
	public long countAll() {
		return jdbc.sql("select count(*) from initiative").query(Long.class).single();
	}

	/** Whether an initiative has exactly this title (the demo data is matched by title). */
	public boolean existsWithTitle(String title) {
		return jdbc.sql("select count(*) from initiative where title = ?").param(title).query(Long.class).single() > 0;
	}

}
