package se.regionrum.actors.boundary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The municipal_boundary table, and the municipalities joined with their boundary for the map. */
@Repository
public class BoundaryQueries {

	private final JdbcClient jdbc;

	BoundaryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Set<Long> organisationsWithBoundary() {
		return Set.copyOf(jdbc.sql("select organisation_id from municipal_boundary").query(Long.class).list());
	}

	void replaceBoundary(long organisationId, String geometry, String source, Instant importedAt) {
		jdbc.sql("delete from municipal_boundary where organisation_id = ?").param(organisationId).update();
		jdbc.sql("insert into municipal_boundary (organisation_id, geojson, source, imported_at) values (?, ?, ?, ?)")
			.params(organisationId, geometry, source, Timestamp.from(importedAt))
			.update();
	}

	/** All municipalities of the register, by name, with their boundary when there is one. */
	List<MunicipalityRow> municipalities() {
		return jdbc.sql("""
				select o.id, o.name, o.scb_code, o.population, o.population_year, o.central_town,
				       o.town_latitude, o.town_longitude, b.geojson, b.source, b.imported_at
				from organisation o left join municipal_boundary b on b.organisation_id = o.id
				where o.kind = 'MUNICIPALITY'
				order by lower(o.name), o.id""")
			.query(BoundaryQueries::row)
			.list();
	}

	/** The distinct sources of the boundaries shown, for the attribution. */
	List<String> sources() {
		return jdbc.sql("""
				select distinct b.source from municipal_boundary b join organisation o on o.id = b.organisation_id
				where o.kind = 'MUNICIPALITY' and b.source is not null order by b.source""")
			.query(String.class)
			.list();
	}

	private static MunicipalityRow row(ResultSet rs, int n) throws SQLException {
		Timestamp importedAt = rs.getTimestamp("imported_at");
		return new MunicipalityRow(rs.getLong("id"), rs.getString("name"), rs.getString("scb_code"),
				rs.getObject("population", Integer.class), rs.getObject("population_year", Integer.class),
				rs.getString("central_town"), rs.getObject("town_latitude", Double.class),
				rs.getObject("town_longitude", Double.class), rs.getString("geojson"), rs.getString("source"),
				importedAt == null ? null : importedAt.toInstant());
	}

	/** Municipalities in the register that have no boundary yet. */
	public long countMunicipalitiesWithoutBoundary() {
		return jdbc.sql("""
				select count(*) from organisation o
				where o.kind = 'MUNICIPALITY' and not exists (select 1 from municipal_boundary b where b.organisation_id = o.id)""")
			.query(Long.class)
			.single();
	}

}
