package se.regionrum.platform.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.RegionrumPrincipal;

/** A signed-in local account. */
class AccountPrincipal implements UserDetails, CredentialsContainer, RegionrumPrincipal {

	/**
	 * Fixed, so that sessions stored in the database stay readable by a server running a build with
	 * other methods here (during a rolling upgrade, or after a restart with a new version).
	 */
	private static final long serialVersionUID = 1L;

	private final CurrentUser user;

	private final boolean enabled;

	private final boolean mustChangePassword;

	private String passwordHash;

	AccountPrincipal(UserAccount account) {
		this.user = toCurrentUser(account);
		this.enabled = account.enabled();
		this.mustChangePassword = account.mustChangePassword();
		this.passwordHash = account.passwordHash();
	}

	static CurrentUser toCurrentUser(UserAccount account) {
		return new CurrentUser(account.id(), account.username(), account.displayName(), account.role(),
				account.organisationId());
	}

	static List<GrantedAuthority> authorities(CurrentUser user) {
		return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
	}

	@Override
	public CurrentUser currentUser() {
		return user;
	}

	boolean mustChangePassword() {
		return mustChangePassword;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities(user);
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
