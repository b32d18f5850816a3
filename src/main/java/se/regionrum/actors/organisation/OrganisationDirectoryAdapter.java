package se.regionrum.actors.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.platform.OrganisationDirectory;

/** The platform's port for naming organisations (scoping users to one), answered by the actors module. */
@Component
class OrganisationDirectoryAdapter implements OrganisationDirectory {

	private final OrganisationQueries queries;

	OrganisationDirectoryAdapter(OrganisationQueries queries) {
		this.queries = queries;
	}

	@Override
	public List<Option> all() {
		return queries.options();
	}

	@Override
	public Optional<String> nameOf(long organisationId) {
		return queries.findRef(organisationId).map(OrganisationRef::name);
	}

}
