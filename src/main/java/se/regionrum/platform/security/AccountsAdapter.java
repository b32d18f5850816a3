package se.regionrum.platform.security;

import org.springframework.stereotype.Component;

import se.regionrum.platform.Accounts;

/** What other modules may ask about the accounts. */
@Component
class AccountsAdapter implements Accounts {

	private final UserAccountRepository repository;

	AccountsAdapter(UserAccountRepository repository) {
		this.repository = repository;
	}

	@Override
	public long countScopedTo(long organisationId) {
		return repository.countByOrganisationId(organisationId);
	}

}
