package se.regionrum.actors;

import java.util.List;
import java.util.Optional;

/** Working groups and networks as other modules see them, e.g. a programme's working group. Read-only. */
public interface WorkingGroups {

	Optional<WorkingGroupRef> find(long id);

	/** Exact name, ignoring letter case. */
	Optional<WorkingGroupRef> findByName(String name);

	/** All working groups and networks, by name. */
	List<WorkingGroupRef> choosable();

	record WorkingGroupRef(long id, String name, long members) {
	}

}
