package se.regionrum.platform;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Start-up jobs (demo data, scheduled clean-ups) act as the built-in administrator "system",
 * so that they go through the same services and the same audit log as people do; event listeners
 * act as the person whose action they carry out.
 */
public final class SystemUser {

	private static final CurrentUser SYSTEM = new CurrentUser(0, "system", "System", Role.ADMIN, null);

	private SystemUser() {
	}

	public static <T> T call(Supplier<T> work) {
		return callAs(SYSTEM, work);
	}

	/**
	 * Does work in the name of a user who asked for it earlier, e.g. a module's event listener acting
	 * for the person whose action published the event: the same permission checks and audit entries.
	 */
	public static <T> T callAs(CurrentUser user, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		RegionrumPrincipal principal = () -> user;
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()))));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

}
