package se.regionrum.platform.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Local accounts by user name, for the password check (not a bean: only {@code ThrottledSignIn} uses it). */
class AccountDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	AccountDetailsService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsernameIgnoreCase(username)
			.map(AccountPrincipal::new)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
