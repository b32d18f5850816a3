package se.regionrum.strategy.plan;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.platform.PageResult;
import se.regionrum.strategy.PlanStatus;
import se.regionrum.platform.Text;
import se.regionrum.strategy.plan.PlanViews.Cell;
import se.regionrum.strategy.plan.PlanViews.Matrix;
import se.regionrum.strategy.plan.PlanViews.PlanSummary;
import se.regionrum.strategy.plan.PlanViews.Row;
import se.regionrum.strategy.plan.PlanViews.TypeCount;

/**
 * The plan register and the planning-reality matrix. Whether a plan is current is decided in SQL
 * (portable to H2 and PostgreSQL: date parts compared as numbers, no date arithmetic), so that
 * the matrix is one grouped query however many municipalities and plans there are.
 */
@Repository
public class PlanQueries {

	private final JdbcClient jdbc;

	PlanQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * 1 when the plan counts as current on :asof, else 0: until its own end date (inclusive) if it
	 * has one, else until the anniversary of its adoption the type's number of years later
	 * (exclusive); a type without a number of years never expires.
	 */
	static final String CURRENT = """
			case when p.valid_until is not null then (case when p.valid_until >= :asof then 1 else 0 end)
			     when t.validity_years is null then 1
			     when (extract(year from p.adopted_on) + t.validity_years) * 10000
			          + extract(month from p.adopted_on) * 100 + extract(day from p.adopted_on) > :asofnum then 1
			     else 0 end""";

	static Map<String, Object> asOf(LocalDate day) {
		return Map.of("asof", Date.valueOf(day), "asofnum", day.getYear() * 10000 + day.getMonthValue() * 100
				+ day.getDayOfMonth());
	}

	PageResult<PlanSummary> find(PlanFilter filter, LocalDate today, List<OrganisationRef> municipalities,
			Map<Long, String> organisationNames, Map<Long, PlanType> types, Locale locale, int page, int size) {
		Map<String, Object> params = new LinkedHashMap<>(asOf(today));
		StringBuilder where = new StringBuilder(" where 1=1");
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" and (lower(p.title) like :q" + Text.LIKE_ESCAPE
					+ " or lower(p.note) like :q" + Text.LIKE_ESCAPE + ")");
			params.put("q", Text.containsPattern(filter.q()));
		}
		if (filter.organisationId() != null) {
			where.append(" and p.organisation_id = :organisation");
			params.put("organisation", filter.organisationId());
		}
		if (filter.typeId() != null) {
			where.append(" and p.plan_type_id = :type");
			params.put("type", filter.typeId());
		}
		if (filter.status() == Currency.CURRENT || filter.status() == Currency.OUTDATED) {
			where.append(" and (" + CURRENT + ") = " + (filter.status() == Currency.CURRENT ? 1 : 0));
		}
		String from = " from plan p join plan_type t on t.id = p.plan_type_id";
		long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
		List<PlanSummary> items = jdbc.sql("select p.id, p.organisation_id, p.plan_type_id, p.title, p.adopted_on, "
				+ "p.valid_until, p.document_url, p.note, " + CURRENT + " current_flag" + from + where + " order by "
				+ orderBy(filter, municipalities) + (size > 0 ? " limit :limit offset :offset" : ""))
			.params(params)
			.params(size > 0 ? Map.of("limit", size, "offset", (long) page * size) : Map.of())
			.query((rs, n) -> {
				PlanType type = types.get(rs.getLong("plan_type_id"));
				LocalDate adopted = rs.getDate("adopted_on").toLocalDate();
				Date until = rs.getDate("valid_until");
				LocalDate validUntil = until == null ? null : until.toLocalDate();
				LocalDate expiry = type.expiry(adopted);
				LocalDate currentUntil = validUntil != null ? validUntil : expiry == null ? null : expiry.minusDays(1);
				return new PlanSummary(rs.getLong("id"), rs.getLong("organisation_id"),
						organisationNames.getOrDefault(rs.getLong("organisation_id"), ""), type.id(), type.displayName(locale),
						rs.getString("title"), adopted, validUntil, currentUntil, rs.getInt("current_flag") == 1,
						rs.getString("document_url"), rs.getString("note"));
			})
			.list();
		return new PageResult<>(items, page, size > 0 ? size : items.size(), total);
	}

	/** Sorting by municipality name without reading the actors module's table: names become positions. */
	private static String orderBy(PlanFilter filter, List<OrganisationRef> municipalities) {
		String direction = filter.descending() ? " desc" : " asc";
		String byMunicipality;
		if (municipalities.isEmpty()) {
			byMunicipality = "p.organisation_id";
		}
		else {
			StringBuilder sql = new StringBuilder("case p.organisation_id");
			for (int i = 0; i < municipalities.size(); i++) {
				sql.append(" when ").append(municipalities.get(i).id()).append(" then ").append(i);
			}
			byMunicipality = sql.append(" else ").append(municipalities.size()).append(" end").toString();
		}
		return switch (filter.sortOrDefault()) {
			case "type" -> "t.position" + direction + ", " + byMunicipality + ", p.adopted_on desc, p.id";
			case "title" -> "lower(p.title)" + direction + ", p.id";
			case "adoptedOn" -> "p.adopted_on" + direction + ", p.id";
			default -> byMunicipality + direction + ", t.position, p.adopted_on desc, p.id";
		};
	}

	/**
	 * The matrix: one grouped query gives, per municipality and type, how many plans were adopted
	 * by the day and whether any of them counts as current; municipalities without a row have none.
	 */
	Matrix matrix(LocalDate asOf, String countyCode, List<OrganisationRef> municipalities, List<PlanType> types) {
		Map<Long, Map<Long, Cell>> cells = new HashMap<>();
		jdbc.sql("select p.organisation_id, p.plan_type_id, count(*) plans, max(p.adopted_on) latest, max(" + CURRENT
				+ ") current_flag from plan p join plan_type t on t.id = p.plan_type_id"
				+ " where p.adopted_on <= :asof and t.active = true group by p.organisation_id, p.plan_type_id")
			.params(asOf(asOf))
			.query(rs -> {
				long type = rs.getLong("plan_type_id");
				cells.computeIfAbsent(rs.getLong("organisation_id"), k -> new HashMap<>())
					.put(type, new Cell(type, rs.getInt("current_flag") == 1 ? Currency.CURRENT : Currency.OUTDATED,
							rs.getLong("plans"), rs.getDate("latest").toLocalDate()));
			});
		List<Row> rows = new ArrayList<>();
		for (OrganisationRef municipality : municipalities) {
			Map<Long, Cell> own = cells.getOrDefault(municipality.id(), Map.of());
			List<Cell> row = types.stream()
				.map(t -> own.getOrDefault(t.id(), new Cell(t.id(), Currency.MISSING, 0, null)))
				.toList();
			rows.add(new Row(municipality.id(), municipality.name(), municipality.scbCode(), row));
		}
		List<TypeCount> counts = new ArrayList<>();
		for (int i = 0; i < types.size(); i++) {
			int column = i;
			long current = rows.stream().filter(r -> r.cells().get(column).currency() == Currency.CURRENT).count();
			long outdated = rows.stream().filter(r -> r.cells().get(column).currency() == Currency.OUTDATED).count();
			counts.add(new TypeCount(types.get(i), current, outdated, rows.size() - current - outdated, rows.size()));
		}
		return new Matrix(asOf, countyCode, types, rows, counts);
	}

	/** The name and plural name of the plan type with the code. */
	record TypeName(String name, String pluralName) {
	}

	Optional<TypeName> typeName(String planTypeCode) {
		return jdbc.sql("select name, plural_name from plan_type where code = ?")
			.param(planTypeCode)
			.query((rs, n) -> new TypeName(rs.getString("name"), rs.getString("plural_name")))
			.optional();
	}

	/** The organisations that have a current plan of the type on the day. */
	List<Long> organisationsWithCurrentPlan(String planTypeCode, LocalDate asOf) {
		Map<String, Object> params = new LinkedHashMap<>(asOf(asOf));
		params.put("code", planTypeCode);
		return jdbc.sql("select p.organisation_id from plan p join plan_type t on t.id = p.plan_type_id"
				+ " where t.code = :code and p.adopted_on <= :asof group by p.organisation_id having max("
				+ CURRENT + ") = 1")
			.params(params)
			.query(Long.class)
			.list();
	}

	private record Line(long typeId, String typeName, String typeNameEn, Long planId, String title,
			LocalDate adoptedOn, boolean current) {
	}

	/** Every active plan type with the municipality's plans of it, newest first, in one query. */
	List<PlanStatus> ofMunicipality(long organisationId) {
		Map<String, Object> params = new LinkedHashMap<>(asOf(LocalDate.now()));
		params.put("org", organisationId);
		List<Line> lines = jdbc.sql("select t.id type_id, t.name type_name, t.name_en type_name_en, p.id plan_id, "
				+ "p.title, p.adopted_on, " + CURRENT + " current_flag"
				+ " from plan_type t left join plan p on p.plan_type_id = t.id and p.organisation_id = :org"
				+ " where t.active = true order by t.position, t.name, p.adopted_on desc")
			.params(params)
			.query((rs, n) -> {
				long planId = rs.getLong("plan_id");
				boolean hasPlan = !rs.wasNull();
				return new Line(rs.getLong("type_id"), rs.getString("type_name"), rs.getString("type_name_en"),
						hasPlan ? planId : null, rs.getString("title"),
						hasPlan ? rs.getDate("adopted_on").toLocalDate() : null,
						hasPlan && rs.getInt("current_flag") == 1);
			})
			.list();
		Map<Long, List<Line>> byType = new LinkedHashMap<>();
		lines.forEach(line -> byType.computeIfAbsent(line.typeId(), k -> new ArrayList<>()).add(line));
		List<PlanStatus> statuses = new ArrayList<>();
		for (List<Line> plans : byType.values()) {
			Line latest = plans.get(0);
			String state = latest.planId() == null ? Currency.MISSING.name()
					: plans.stream().anyMatch(Line::current) ? Currency.CURRENT.name() : Currency.OUTDATED.name();
			statuses.add(new PlanStatus(latest.typeId(), latest.typeName(), latest.typeNameEn(), state,
					latest.planId(), latest.title(), latest.adoptedOn()));
		}
		return statuses;
	}

	/** Per municipality, how many active plan types it has a current plan of on the day. */
	Map<Long, Integer> currentPlanTypesByMunicipality(LocalDate asOf) {
		Map<Long, Integer> counts = new LinkedHashMap<>();
		jdbc.sql("select p.organisation_id, count(distinct p.plan_type_id) current_types from plan p"
				+ " join plan_type t on t.id = p.plan_type_id where t.active = true and p.adopted_on <= :asof and ("
				+ CURRENT + ") = 1 group by p.organisation_id")
			.params(asOf(asOf))
			.query(rs -> {
				counts.put(rs.getLong("organisation_id"), rs.getInt("current_types"));
			});
		return counts;
	}

	/** How many plans each type has. */
	Map<Long, Long> planCountsByType() {
		Map<Long, Long> counts = new HashMap<>();
		jdbc.sql("select plan_type_id, count(*) from plan group by plan_type_id").query(rs -> {
			counts.put(rs.getLong(1), rs.getLong(2));
		});
		return counts;
	}

	/** All plans, for the start page. */
	public long countAll() {
		return jdbc.sql("select count(*) from plan").query(Long.class).single();
	}

	/** Whether the municipality has a plan of the type with this title adopted on this day (demo data). */
	public boolean exists(long organisationId, long planTypeId, String title, LocalDate adoptedOn) {
		return jdbc.sql("""
				select count(*) from plan where organisation_id = ? and plan_type_id = ? and title = ? and adopted_on = ?""")
			.params(organisationId, planTypeId, title, Date.valueOf(adoptedOn))
			.query(Long.class)
			.single() > 0;
	}

}
