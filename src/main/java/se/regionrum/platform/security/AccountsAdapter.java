package se.regionrum.platform.security;

import java.util.Optional;

import org.springframework.stereotype.Component;

import se.regionrum.platform.Accounts;
import se.regionrum.platform.CurrentUser;

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

	@Override
	public Optional<CurrentUser> asNow(CurrentUser user) {
		return repository.findByUsernameIgnoreCase(user.username())
			.map(account -> account.enabled() ? Optional.of(AccountPrincipal.toCurrentUser(account))
					: Optional.<CurrentUser>empty())
			.orElse(Optional.of(user));
	}

}
