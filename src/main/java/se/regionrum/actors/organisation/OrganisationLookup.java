package se.regionrum.actors.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.regionrum.actors.OrganisationKind;
import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.platform.OrganisationDirectory;

/** Read-only look-ups for other modules and for the platform's account scoping. */
@Component
class OrganisationLookup implements Organisations, OrganisationDirectory {

	private static final String SELECT = "select id, name, kind, scb_code, county_code from organisation";

	private final JdbcClient jdbc;

	OrganisationLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<OrganisationRef> find(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(OrganisationLookup::ref).optional();
	}

	@Override
	public Optional<OrganisationRef> findByScbCode(String scbCode) {
		return jdbc.sql(SELECT + " where scb_code = ?").param(scbCode).query(OrganisationLookup::ref).optional();
	}

	@Override
	public Optional<OrganisationRef> findByName(String name) {
		return jdbc.sql(SELECT + " where lower(name) = lower(?)").param(name).query(OrganisationLookup::ref).list()
			.stream().findFirst();
	}

	@Override
	public List<OrganisationRef> municipalities() {
		return jdbc.sql(SELECT + " where kind = 'MUNICIPALITY' order by name").query(OrganisationLookup::ref).list();
	}

	@Override
	public List<OrganisationRef> register() {
		return jdbc.sql(SELECT + " order by name").query(OrganisationLookup::ref).list();
	}

	@Override
	public Map<Long, String> names(Collection<Long> ids) {
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

	@Override
	public List<Option> all() {
		return jdbc.sql("select id, name from organisation order by lower(name)")
			.query((rs, n) -> new Option(rs.getLong(1), rs.getString(2)))
			.list();
	}

	@Override
	public Optional<String> nameOf(long organisationId) {
		return find(organisationId).map(OrganisationRef::name);
	}

	private static OrganisationRef ref(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new OrganisationRef(rs.getLong("id"), rs.getString("name"), OrganisationKind.valueOf(rs.getString("kind")),
				rs.getString("scb_code"), rs.getString("county_code"));
	}

}
