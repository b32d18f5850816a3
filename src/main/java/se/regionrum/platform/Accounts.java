package se.regionrum.platform;

/** What other modules may ask about accounts, e.g. before deleting an organisation. */
public interface Accounts {

	/** How many accounts are scoped to (may edit for) the given organisation. */
	long countScopedTo(long organisationId);

}
