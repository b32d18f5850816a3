package se.regionrum.actors.workinggroup;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.regionrum.actors.WorkingGroups;

/** The actors module's read API of working groups for other modules. */
@Component
class WorkingGroupsAdapter implements WorkingGroups {

	private final WorkingGroupQueries queries;

	WorkingGroupsAdapter(WorkingGroupQueries queries) {
		this.queries = queries;
	}

	@Override
	public Optional<WorkingGroupRef> find(long id) {
		return queries.findRef(id);
	}

	@Override
	public Optional<WorkingGroupRef> findByName(String name) {
		return queries.findRefByName(name);
	}

	@Override
	public List<WorkingGroupRef> choosable() {
		return queries.allRefs();
	}

}
