package se.regionrum.strategy.issue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.regionrum.actors.Organisations;
import se.regionrum.platform.PageResult;
import se.regionrum.platform.Text;

/** The filtered issue register in one query with link counts joined in; owners named in one more. */
@Repository
public class IssueQueries {

	private final JdbcClient jdbc;

	private final Organisations organisations;

	IssueQueries(JdbcClient jdbc, Organisations organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	PageResult<IssueSummary> find(IssueFilter filter, boolean publishedOnly, int page, int size) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(" where 1=1");
		if (publishedOnly) {
			where.append(" and i.published = true");
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" and (lower(i.title) like :q" + Text.LIKE_ESCAPE
					+ " or lower(i.description) like :q" + Text.LIKE_ESCAPE
					+ " or lower(i.region_aspect) like :q" + Text.LIKE_ESCAPE + ")");
			params.put("q", Text.containsPattern(filter.q()));
		}
		if (filter.placeBound() != null) {
			where.append(" and i.place_bound = :placeBound");
			params.put("placeBound", filter.placeBound().name());
		}
		if (filter.regionalLevel() != null) {
			where.append(" and i.regional_level = :regionalLevel");
			params.put("regionalLevel", filter.regionalLevel().name());
		}
		if (filter.regionRole() != null) {
			where.append(" and i.region_role = :role");
			params.put("role", filter.regionRole().name());
		}
		if (filter.goalId() != null) {
			where.append(" and exists (select 1 from issue_goal x where x.issue_id = i.id and x.goal_id = :goal)");
			params.put("goal", filter.goalId());
		}
		if (filter.municipalityId() != null) {
			where.append(" and exists (select 1 from issue_municipality x where x.issue_id = i.id and x.organisation_id = :m)");
			params.put("m", filter.municipalityId());
		}
		long total = jdbc.sql("select count(*) from issue i" + where).params(params).query(Long.class).single();
		List<IssueSummary> rows = jdbc.sql("""
				select i.id, i.title, i.owner_organisation_id, i.place_bound, i.regional_level, i.region_role,
				       i.region_aspect, i.published, i.updated_at,
				       coalesce(g.goal_count, 0) goal_count, coalesce(m.municipality_count, 0) municipality_count
				from issue i
				left join (select issue_id, count(*) goal_count from issue_goal group by issue_id) g on g.issue_id = i.id
				left join (select issue_id, count(*) municipality_count from issue_municipality group by issue_id) m
				       on m.issue_id = i.id""" + where + " order by " + filter.orderBy()
				+ (size > 0 ? " limit :limit offset :offset" : ""))
			.params(params)
			.params(size > 0 ? Map.of("limit", size, "offset", (long) page * size) : Map.of())
			.query((rs, n) -> new IssueSummary(rs.getLong("id"), rs.getString("title"), rs.getLong("owner_organisation_id"),
					null, answer(rs.getString("place_bound")), answer(rs.getString("regional_level")),
					rs.getString("region_role") == null ? null : RegionRole.valueOf(rs.getString("region_role")),
					rs.getString("region_aspect"), rs.getBoolean("published"), rs.getLong("goal_count"),
					rs.getLong("municipality_count"), rs.getTimestamp("updated_at").toInstant()))
			.list();
		Map<Long, String> names = organisations.names(rows.stream().map(IssueSummary::ownerOrganisationId).distinct().toList());
		List<IssueSummary> items = rows.stream()
			.map(r -> new IssueSummary(r.id(), r.title(), r.ownerOrganisationId(), names.getOrDefault(r.ownerOrganisationId(), ""),
					r.placeBound(), r.regionalLevel(), r.regionRole(), r.regionAspect(), r.published(), r.goalCount(),
					r.municipalityCount(), r.updatedAt()))
			.toList();
		return new PageResult<>(items, page, size > 0 ? size : items.size(), total);
	}

	private static Answer answer(String value) {
		return value == null ? null : Answer.valueOf(value);
	}

	List<Long> goalIds(long issueId) {
		return ids("select goal_id from issue_goal where issue_id = ? order by goal_id", issueId);
	}

	List<Long> municipalityIds(long issueId) {
		return ids("select organisation_id from issue_municipality where issue_id = ? order by organisation_id", issueId);
	}

	List<Long> initiativeIds(long issueId) {
		return ids("select initiative_id from issue_initiative where issue_id = ? order by initiative_id", issueId);
	}

	private List<Long> ids(String sql, long issueId) {
		return jdbc.sql(sql).param(issueId).query(Long.class).list();
	}

	/** Replaces one kind of link of an issue. */
	void replaceLinks(String table, String column, long issueId, List<Long> ids) {
		jdbc.sql("delete from " + table + " where issue_id = ?").param(issueId).update();
		for (Long id : ids) {
			jdbc.sql("insert into " + table + " (issue_id, " + column + ") values (?, ?)").params(issueId, id).update();
		}
	}

	/** The strategies, by id and name, whose goals an issue may be linked to. */
	Map<Long, String> strategies(boolean publishedOnly) {
		Map<Long, String> strategies = new LinkedHashMap<>();
		jdbc.sql("select id, name from strategy" + (publishedOnly ? " where published = true" : "")
				+ " order by case kind when 'REGIONAL' then 0 else 1 end, lower(name)")
			.query(rs -> {
				strategies.put(rs.getLong(1), rs.getString(2));
			});
		return strategies;
	}

	/** Published issues, for the start page. */
	public long countPublished() {
		return jdbc.sql("select count(*) from issue where published = true").query(Long.class).single();
	}

	/** Every issue, unpublished included: the demo data loads only into an empty module. */
	public long countAll() {
		return jdbc.sql("select count(*) from issue").query(Long.class).single();
	}

	/** Whether an issue has exactly this title (the demo data is matched by title). */
	public boolean existsWithTitle(String title) {
		return jdbc.sql("select count(*) from issue where title = ?").param(title).query(Long.class).single() > 0;
	}

}
