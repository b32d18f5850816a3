package se.regionrum.actors.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;

/** The actors module's read-only look-ups of organisations for other modules. */
@Component
class OrganisationsAdapter implements Organisations {

	private final OrganisationQueries queries;

	OrganisationsAdapter(OrganisationQueries queries) {
		this.queries = queries;
	}

	@Override
	public Optional<OrganisationRef> find(long id) {
		return queries.findRef(id);
	}

	@Override
	public Optional<OrganisationRef> findByScbCode(String scbCode) {
		return queries.findRefByScbCode(scbCode);
	}

	@Override
	public Optional<OrganisationRef> findByName(String name) {
		return queries.findRefByName(name);
	}

	@Override
	public List<OrganisationRef> municipalities() {
		return queries.municipalityRefs();
	}

	@Override
	public List<OrganisationRef> register() {
		return queries.allRefs();
	}

	@Override
	public Map<Long, String> names(Collection<Long> ids) {
		return queries.names(ids);
	}

}
