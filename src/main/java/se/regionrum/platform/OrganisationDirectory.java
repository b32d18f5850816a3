package se.regionrum.platform;

import java.util.List;
import java.util.Optional;

/**
 * The organisations the platform needs to name (scoping users to an organisation) without
 * depending on the module that owns them: the actors module provides the implementation.
 */
public interface OrganisationDirectory {

	List<Option> all();

	Optional<String> nameOf(long organisationId);

	record Option(long id, String name) {
	}

}
