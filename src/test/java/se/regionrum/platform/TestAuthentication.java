package se.regionrum.platform;

import java.io.Serializable;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Signed-in users for MockMvc tests, carrying the same principal type the app uses. */
public final class TestAuthentication {

	private TestAuthentication() {
	}

	public static Authentication admin() {
		return of(new CurrentUser(900_001, "test-admin", "Test Administratör", Role.ADMIN, null));
	}

	public static Authentication editorOf(long organisationId) {
		return of(new CurrentUser(900_002, "test-editor-" + organisationId, "Test Redaktör", Role.EDITOR,
				organisationId));
	}

	public static Authentication reader() {
		return of(new CurrentUser(900_003, "test-reader", "Test Läsare", Role.READER, null));
	}

	private static Authentication of(CurrentUser user) {
		// serializable like the real principals, which the session table holds
		RegionrumPrincipal principal = (RegionrumPrincipal & Serializable) () -> user;
		return UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
	}

}
