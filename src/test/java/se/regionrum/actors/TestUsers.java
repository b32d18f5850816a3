package se.regionrum.actors;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.RegionrumPrincipal;
import se.regionrum.platform.Role;

/**
 * Signed-in users for tests, with the principal the application expects (a
 * {@link RegionrumPrincipal}); use with
 * {@code SecurityMockMvcRequestPostProcessors.authentication(...)}.
 */
public final class TestUsers {

	private TestUsers() {
	}

	public static Authentication admin() {
		return of(new CurrentUser(9001, "test-admin", "Test Administrator", Role.ADMIN, null));
	}

	public static Authentication editorOf(long organisationId) {
		return of(new CurrentUser(9002, "test-editor-" + organisationId, "Test Editor", Role.EDITOR, organisationId));
	}

	public static Authentication reader() {
		return of(new CurrentUser(9003, "test-reader", "Test Reader", Role.READER, null));
	}

	private static Authentication of(CurrentUser user) {
		RegionrumPrincipal principal = () -> user;
		return UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
	}

}
