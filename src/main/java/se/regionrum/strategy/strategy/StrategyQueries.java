package se.regionrum.strategy.strategy;

import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.regionrum.actors.Organisations;
import se.regionrum.platform.PageResult;
import se.regionrum.platform.Text;
import se.regionrum.strategy.StrategyKind;
import se.regionrum.strategy.StrategyStatus;

/** The filtered strategy list in one query with goal counts joined in; owners named in one more. */
@Component
class StrategyQueries {

	private final JdbcClient jdbc;

	private final Organisations organisations;

	StrategyQueries(JdbcClient jdbc, Organisations organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	PageResult<StrategySummary> find(StrategyFilter filter, boolean publishedOnly, int page, int size) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(" where 1=1");
		if (publishedOnly) {
			where.append(" and s.published = true");
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" and (lower(s.name) like :q or lower(s.description) like :q)");
			params.put("q", Text.containsPattern(filter.q()));
		}
		if (filter.kind() != null) {
			where.append(" and s.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.status() != null) {
			where.append(" and s.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.ownerId() != null) {
			where.append(" and s.owner_organisation_id = :owner");
			params.put("owner", filter.ownerId());
		}
		long total = jdbc.sql("select count(*) from strategy s" + where).params(params).query(Long.class).single();
		List<Row> rows = jdbc.sql("""
				select s.id, s.name, s.kind, s.owner_organisation_id, s.period_start, s.period_end, s.status,
				       s.adopted_on, s.published, coalesce(g.goal_count, 0) goal_count
				from strategy s
				left join (select strategy_id, count(*) goal_count from goal where retired_on is null
				           group by strategy_id) g on g.strategy_id = s.id""" + where + " order by " + filter.orderBy()
				+ (size > 0 ? " limit :limit offset :offset" : ""))
			.params(params)
			.params(size > 0 ? Map.of("limit", size, "offset", (long) page * size) : Map.of())
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"), StrategyKind.valueOf(rs.getString("kind")),
					rs.getLong("owner_organisation_id"), rs.getObject("period_start", Integer.class),
					rs.getObject("period_end", Integer.class), StrategyStatus.valueOf(rs.getString("status")),
					rs.getDate("adopted_on"), rs.getBoolean("published"), rs.getLong("goal_count")))
			.list();
		Map<Long, String> names = organisations.names(rows.stream().map(Row::owner).distinct().toList());
		List<StrategySummary> items = rows.stream()
			.map(r -> new StrategySummary(r.id(), r.name(), r.kind(), r.owner(), names.getOrDefault(r.owner(), ""),
					r.periodStart(), r.periodEnd(), r.status(), r.adoptedOn() == null ? null : r.adoptedOn().toLocalDate(),
					r.published(), r.goalCount()))
			.toList();
		return new PageResult<>(items, page, size > 0 ? size : items.size(), total);
	}

	/** The organisations that own a strategy, by name, for the owner filter. */
	Map<Long, String> owners(boolean publishedOnly) {
		List<Long> ids = jdbc
			.sql("select distinct owner_organisation_id from strategy" + (publishedOnly ? " where published = true" : ""))
			.query(Long.class)
			.list();
		Map<Long, String> names = organisations.names(ids);
		Map<Long, String> sorted = new LinkedHashMap<>();
		names.entrySet().stream().sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	private record Row(long id, String name, StrategyKind kind, long owner, Integer periodStart, Integer periodEnd,
			StrategyStatus status, Date adoptedOn, boolean published, long goalCount) {
	}

}
