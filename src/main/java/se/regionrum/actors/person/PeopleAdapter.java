package se.regionrum.actors.person;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.regionrum.actors.People;
import se.regionrum.platform.Permissions;

/** The actors module's read API of people for other modules: nothing for visitors who are not signed in. */
@Component
class PeopleAdapter implements People {

	private final PersonQueries queries;

	private final Permissions permissions;

	PeopleAdapter(PersonQueries queries, Permissions permissions) {
		this.queries = queries;
		this.permissions = permissions;
	}

	@Override
	public Map<Long, PersonName> names(Collection<Long> personIds) {
		Map<Long, PersonName> names = new LinkedHashMap<>();
		if (personIds.isEmpty() || !permissions.isSignedIn()) {
			return names;
		}
		queries.names(personIds).forEach(p -> names.put(p.id(), p));
		return names;
	}

	@Override
	public List<PersonName> choosable() {
		if (!permissions.isSignedIn()) {
			return List.of();
		}
		return queries.allNames();
	}

	@Override
	public Optional<Contact> contact(long personId) {
		if (!permissions.isSignedIn()) {
			return Optional.empty();
		}
		return queries.contact(personId);
	}

}
