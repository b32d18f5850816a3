package se.regionrum.initiatives.initiative;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.regionrum.platform.Permissions;
import se.regionrum.strategy.InitiativeDirectory;

/** Names initiatives for the strategy module's issues; anonymous visitors see published ones only. */
@Component
class InitiativeDirectoryForIssues implements InitiativeDirectory {

	private final JdbcClient jdbc;

	private final Permissions permissions;

	InitiativeDirectoryForIssues(JdbcClient jdbc, Permissions permissions) {
		this.jdbc = jdbc;
		this.permissions = permissions;
	}

	private String visible() {
		return permissions.isSignedIn() ? "" : " and published = true";
	}

	@Override
	public List<Option> linkable() {
		return jdbc.sql("select id, title from initiative where 1=1" + visible() + " order by lower(title), id")
			.query((rs, n) -> new Option(rs.getLong(1), rs.getString(2)))
			.list();
	}

	@Override
	public Map<Long, String> titles(Collection<Long> initiativeIds) {
		Map<Long, String> titles = new LinkedHashMap<>();
		if (!initiativeIds.isEmpty()) {
			jdbc.sql("select id, title from initiative where id in (:ids)" + visible() + " order by lower(title), id")
				.param("ids", initiativeIds)
				.query(rs -> {
					titles.put(rs.getLong(1), rs.getString(2));
				});
		}
		return titles;
	}

}
