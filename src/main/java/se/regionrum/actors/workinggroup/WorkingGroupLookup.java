package se.regionrum.actors.workinggroup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.regionrum.actors.WorkingGroups;

/** The actors module's read API of working groups for other modules. */
@Component
class WorkingGroupLookup implements WorkingGroups {

	private static final String SELECT = "select g.id, g.name, (select count(*) from working_group_member m"
			+ " where m.working_group_id = g.id) members from working_group g";

	private final JdbcClient jdbc;

	WorkingGroupLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<WorkingGroupRef> find(long id) {
		return jdbc.sql(SELECT + " where g.id = ?").param(id).query(WorkingGroupLookup::row).optional();
	}

	@Override
	public Optional<WorkingGroupRef> findByName(String name) {
		return jdbc.sql(SELECT + " where lower(g.name) = lower(?) order by g.id")
			.param(name)
			.query(WorkingGroupLookup::row)
			.list()
			.stream()
			.findFirst();
	}

	@Override
	public List<WorkingGroupRef> choosable() {
		return jdbc.sql(SELECT + " order by lower(g.name), g.id").query(WorkingGroupLookup::row).list();
	}

	private static WorkingGroupRef row(ResultSet rs, int n) throws SQLException {
		return new WorkingGroupRef(rs.getLong("id"), rs.getString("name"), rs.getLong("members"));
	}

}
