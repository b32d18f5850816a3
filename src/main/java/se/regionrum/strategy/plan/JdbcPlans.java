package se.regionrum.strategy.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.strategy.PlanCoverage;
import se.regionrum.strategy.PlanStatus;
import se.regionrum.strategy.Plans;

/** One query: every active plan type with the municipality's plans of it, newest first. */
@Component
class JdbcPlans implements Plans {

	private final JdbcClient jdbc;

	private final Organisations organisations;

	JdbcPlans(JdbcClient jdbc, Organisations organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	@Override
	public Optional<PlanCoverage> coverage(String planTypeCode, LocalDate asOf, String countyCode) {
		Optional<String[]> type = jdbc.sql("select name, plural_name from plan_type where code = ?")
			.param(planTypeCode)
			.query((rs, n) -> new String[] { rs.getString("name"), rs.getString("plural_name") })
			.optional();
		if (type.isEmpty()) {
			return Optional.empty();
		}
		Set<Long> municipalities = organisations.municipalities().stream()
			.filter(m -> countyCode == null || countyCode.isBlank() || countyCode.equals(m.countyCode()))
			.map(OrganisationRef::id)
			.collect(Collectors.toSet());
		Map<String, Object> params = new LinkedHashMap<>(PlanQueries.asOf(asOf));
		params.put("code", planTypeCode);
		List<Long> withCurrent = jdbc.sql("select p.organisation_id from plan p join plan_type t on t.id = p.plan_type_id"
				+ " where t.code = :code and p.adopted_on <= :asof group by p.organisation_id having max("
				+ PlanQueries.CURRENT + ") = 1")
			.params(params)
			.query(Long.class)
			.list();
		long current = withCurrent.stream().filter(municipalities::contains).count();
		return Optional.of(new PlanCoverage(planTypeCode, type.get()[0], type.get()[1], current, municipalities.size(),
				asOf));
	}

	private record Line(long typeId, String typeName, String typeNameEn, Long planId, String title,
			LocalDate adoptedOn, boolean current) {
	}

	@Override
	public List<PlanStatus> ofMunicipality(long organisationId) {
		Map<String, Object> params = new LinkedHashMap<>(PlanQueries.asOf(LocalDate.now()));
		params.put("org", organisationId);
		List<Line> lines = jdbc.sql("select t.id type_id, t.name type_name, t.name_en type_name_en, p.id plan_id, "
				+ "p.title, p.adopted_on, " + PlanQueries.CURRENT + " current_flag"
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

	@Override
	public Map<Long, Integer> currentPlanTypesByMunicipality(LocalDate asOf) {
		Map<Long, Integer> counts = new LinkedHashMap<>();
		jdbc.sql("select p.organisation_id, count(distinct p.plan_type_id) current_types from plan p"
				+ " join plan_type t on t.id = p.plan_type_id where t.active = true and p.adopted_on <= :asof and ("
				+ PlanQueries.CURRENT + ") = 1 group by p.organisation_id")
			.params(PlanQueries.asOf(asOf))
			.query(rs -> {
				counts.put(rs.getLong("organisation_id"), rs.getInt("current_types"));
			});
		return counts;
	}

}
