package se.regionrum.initiatives.initiative;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.regionrum.platform.Permissions;
import se.regionrum.strategy.InitiativeDirectory;

/** Names initiatives for the strategy module's issues; anonymous visitors see published ones only. */
@Component
class InitiativeDirectoryAdapter implements InitiativeDirectory {

	private final InitiativeQueries queries;

	private final Permissions permissions;

	InitiativeDirectoryAdapter(InitiativeQueries queries, Permissions permissions) {
		this.queries = queries;
		this.permissions = permissions;
	}

	@Override
	public List<Option> linkable() {
		return queries.titles(null, !permissions.isSignedIn()).stream()
			.map(o -> new Option(o.id(), o.title()))
			.toList();
	}

	@Override
	public Map<Long, String> titles(Collection<Long> initiativeIds) {
		Map<Long, String> titles = new LinkedHashMap<>();
		if (!initiativeIds.isEmpty()) {
			queries.titles(initiativeIds, !permissions.isSignedIn()).forEach(o -> titles.put(o.id(), o.title()));
		}
		return titles;
	}

}
