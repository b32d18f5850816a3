package se.regionrum.actors.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.regionrum.actors.OrganisationKind;
import se.regionrum.actors.OrganisationRef;
import se.regionrum.platform.OrganisationDirectory.Option;
import se.regionrum.platform.PageResult;
import se.regionrum.platform.Text;

/** The filtered list, in one query with counts joined in (no query per row). */
@Repository
class OrganisationQueries {

	private static final String FROM = """
			 from organisation o
			 left join (select organisation_id, count(*) people_count from person
			            where erased_at is null group by organisation_id) p on p.organisation_id = o.id
			 left join municipal_boundary b on b.organisation_id = o.id""";

	private final JdbcClient jdbc;

	OrganisationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PageResult<OrganisationSummary> find(OrganisationFilter filter, int page, int size) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(" where 1=1");
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" and (lower(o.name) like :q" + Text.LIKE_ESCAPE
					+ " or o.scb_code = :code or lower(o.central_town) like :q" + Text.LIKE_ESCAPE + ")");
			params.put("q", Text.containsPattern(filter.q()));
			params.put("code", filter.q().trim());
		}
		if (filter.kind() != null) {
			where.append(" and o.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.countyCode() != null && !filter.countyCode().isBlank()) {
			where.append(" and o.county_code = :county");
			params.put("county", filter.countyCode().trim());
		}
		long total = jdbc.sql("select count(*) from organisation o" + where).params(params).query(Long.class).single();
		page = PageResult.clampPage(page, size, total);
		List<OrganisationSummary> items = jdbc.sql("""
				select o.id, o.name, o.kind, o.scb_code, o.county_code, o.population, o.central_town,
				       coalesce(p.people_count, 0) people_count, b.organisation_id boundary_id""" + " " + FROM + where
				+ " order by " + filter.orderBy() + (size > 0 ? " limit :limit offset :offset" : ""))
			.params(params)
			.params(size > 0 ? Map.of("limit", size, "offset", (long) page * size) : Map.of())
			.query((rs, n) -> new OrganisationSummary(rs.getLong("id"), rs.getString("name"),
					OrganisationKind.valueOf(rs.getString("kind")), rs.getString("scb_code"),
					rs.getString("county_code"), (Integer) rs.getObject("population", Integer.class),
					rs.getString("central_town"), rs.getLong("people_count"), rs.getObject("boundary_id") != null))
			.list();
		return new PageResult<>(items, page, size > 0 ? size : items.size(), total);
	}

	List<String> countyCodes() {
		return jdbc.sql("select distinct county_code from organisation where county_code is not null order by county_code")
			.query(String.class)
			.list();
	}

	private static final String SELECT_REF = "select id, name, kind, scb_code, county_code from organisation";

	Optional<OrganisationRef> findRef(long id) {
		return jdbc.sql(SELECT_REF + " where id = ?").param(id).query(OrganisationQueries::ref).optional();
	}

	Optional<OrganisationRef> findRefByScbCode(String scbCode) {
		return jdbc.sql(SELECT_REF + " where scb_code = ?").param(scbCode).query(OrganisationQueries::ref).optional();
	}

	/** The first organisation with the name, ignoring letter case. */
	Optional<OrganisationRef> findRefByName(String name) {
		return jdbc.sql(SELECT_REF + " where lower(name) = lower(?)").param(name).query(OrganisationQueries::ref).list()
			.stream().findFirst();
	}

	List<OrganisationRef> municipalityRefs() {
		return jdbc.sql(SELECT_REF + " where kind = 'MUNICIPALITY' order by name").query(OrganisationQueries::ref).list();
	}

	List<OrganisationRef> allRefs() {
		return jdbc.sql(SELECT_REF + " order by name").query(OrganisationQueries::ref).list();
	}

	/** Names by id for the given ids, in one query. */
	Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		jdbc.sql("select id, name from organisation where id in (:ids)")
			.param("ids", ids)
			.query(rs -> {
				names.put(rs.getLong(1), rs.getString(2));
			});
		return names;
	}

	/** Every organisation as a choice, by name ignoring letter case. */
	List<Option> options() {
		return jdbc.sql("select id, name from organisation order by lower(name)")
			.query((rs, n) -> new Option(rs.getLong(1), rs.getString(2)))
			.list();
	}

	private static OrganisationRef ref(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new OrganisationRef(rs.getLong("id"), rs.getString("name"), OrganisationKind.valueOf(rs.getString("kind")),
				rs.getString("scb_code"), rs.getString("county_code"));
	}

	/** How many people, working group memberships and owned working groups the organisation has. */
	long countPeopleAndGroups(long organisationId) {
		long people = jdbc.sql("select count(*) from person where organisation_id = ?").param(organisationId)
			.query(Long.class).single();
		long members = jdbc.sql("select count(*) from working_group_member where organisation_id = ?").param(organisationId)
			.query(Long.class).single();
		long ownedGroups = jdbc.sql("select count(*) from working_group where owner_organisation_id = ?")
			.param(organisationId)
			.query(Long.class).single();
		return people + members + ownedGroups;
	}

	void deleteBoundary(long organisationId) {
		jdbc.sql("delete from municipal_boundary where organisation_id = ?").param(organisationId).update();
	}

	/** Municipalities, all organisations and the municipalities' summed population, for the start page. */
	Figures figures() {
		return jdbc.sql("""
				select (select count(*) from organisation where kind = 'MUNICIPALITY'),
				       (select count(*) from organisation),
				       (select coalesce(sum(population), 0) from organisation where kind = 'MUNICIPALITY')""")
			.query((rs, n) -> new Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	record Figures(long municipalities, long organisations, long population) {
	}

}
