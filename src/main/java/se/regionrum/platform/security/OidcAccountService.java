package se.regionrum.platform.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.RegionrumPrincipal;

/**
 * Signs in through an OIDC provider, but roles and organisation scope stay in Regionrum: the
 * provider's verified e-mail address must belong to an enabled local account.
 */
class OidcAccountService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService delegate = new OidcUserService();

	private final UserAccountRepository accounts;

	OidcAccountService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser oidcUser = delegate.loadUser(request);
		String email = oidcUser.getEmail();
		if (email == null || Boolean.FALSE.equals(oidcUser.getEmailVerified())) {
			throw new OAuth2AuthenticationException(new OAuth2Error("email_missing"));
		}
		UserAccount account = accounts.findByEmailIgnoreCase(email)
			.filter(UserAccount::enabled)
			.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("unknown_user")));
		return new RegionrumOidcUser(oidcUser, AccountPrincipal.toCurrentUser(account));
	}

	static final class RegionrumOidcUser extends DefaultOidcUser implements RegionrumPrincipal {

		/** Fixed for the same reason as {@link AccountPrincipal}'s: it is stored in the session table. */
		private static final long serialVersionUID = 1L;

		private final CurrentUser user;

		RegionrumOidcUser(OidcUser source, CurrentUser user) {
			super(AccountPrincipal.authorities(user), source.getIdToken(), source.getUserInfo());
			this.user = user;
		}

		@Override
		public CurrentUser currentUser() {
			return user;
		}

		@Override
		public String getName() {
			return user.username();
		}

	}

}
