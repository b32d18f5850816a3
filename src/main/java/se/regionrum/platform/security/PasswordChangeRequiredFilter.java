package se.regionrum.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import se.regionrum.platform.web.ErrorPages;

/**
 * A one-time password (the first administrator's, or one set by an administrator) must be
 * replaced before anything else can be done: pages lead to the change form, and the API, where
 * no form can be shown, refuses every call with a problem that says so.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String CHANGE_PAGE = "/account/password";

	private final boolean api;

	private PasswordChangeRequiredFilter(boolean api) {
		this.api = api;
	}

	static PasswordChangeRequiredFilter forPages() {
		return new PasswordChangeRequiredFilter(false);
	}

	static PasswordChangeRequiredFilter forApi() {
		return new PasswordChangeRequiredFilter(true);
	}

	/**
	 * Static files are let through anyway; not looking at who asks keeps them from reading the
	 * session, which lives in the database.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return isStaticFile(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
				&& principal.mustChangePassword()) {
			if (api) {
				ErrorPages.send(request, response, HttpStatus.FORBIDDEN, "error.passwordChangeRequired");
				return;
			}
			if (!isAllowed(request.getRequestURI())) {
				response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isAllowed(String uri) {
		return uri.startsWith(CHANGE_PAGE) || uri.startsWith("/logout") || isStaticFile(uri) || uri.startsWith("/error");
	}

	private static boolean isStaticFile(String uri) {
		return uri.startsWith("/css/") || uri.startsWith("/js/") || uri.startsWith("/webjars/");
	}

}
