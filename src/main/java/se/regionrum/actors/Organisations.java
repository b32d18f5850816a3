package se.regionrum.actors;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Look-ups of organisations for other modules. Read-only; no permission needed. */
public interface Organisations {

	Optional<OrganisationRef> find(long id);

	Optional<OrganisationRef> findByScbCode(String scbCode);

	/** Exact name, ignoring letter case. */
	Optional<OrganisationRef> findByName(String name);

	/** The municipalities in the register, by name. */
	List<OrganisationRef> municipalities();

	/** Every organisation of the register, by name, e.g. to choose an owner or partner. */
	List<OrganisationRef> register();

	/** Names by id for the given ids, in one query. */
	Map<Long, String> names(Collection<Long> ids);

}
