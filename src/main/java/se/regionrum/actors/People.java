package se.regionrum.actors;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * People of the register as other modules see them, e.g. an initiative's contact people. Names
 * are personal data: visitors who are not signed in get nothing; erased people are left out.
 */
public interface People {

	Map<Long, PersonName> names(Collection<Long> personIds);

	/** Everyone who can be chosen as a contact, by name. */
	List<PersonName> choosable();

	record PersonName(long id, String name, Long organisationId) {
	}

	/**
	 * A person as a contact for questions about a piece of work (e.g. in a programme's final
	 * report): name, title and ways to reach them. Empty for visitors who are not signed in.
	 */
	java.util.Optional<Contact> contact(long personId);

	record Contact(long id, String name, String title, String email, String phone, Long organisationId) {
	}

}
