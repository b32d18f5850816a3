package se.regionrum.platform;

import java.util.Optional;

/** What other modules may ask about accounts, e.g. before deleting an organisation. */
public interface Accounts {

	/** How many accounts are scoped to (may edit for) the given organisation. */
	long countScopedTo(long organisationId);

	/**
	 * The user as their account stands now, for background work done in their name later (an import
	 * they queued): their current role and scope, or empty when the account is disabled. A user
	 * without an account (the built-in "system", the tests' users) is returned as given.
	 */
	Optional<CurrentUser> asNow(CurrentUser user);

}
