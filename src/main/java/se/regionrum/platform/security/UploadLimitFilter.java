package se.regionrum.platform.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import se.regionrum.platform.web.ErrorPages;

/**
 * Holds multipart requests to the ordinary size limit unless they go to a path a module declared
 * for large uploads (see {@code LargeUploads}), and lets large ones through only for signed-in
 * users. It runs before anything reads request parameters, so a refused body is never spooled.
 * A request without a declared length (chunked) is let through for signed-in users only; the
 * container's own multipart limits still cap it. A refused upload gets the error page (or, in the
 * API, a problem) naming the limit.
 */
final class UploadLimitFilter extends OncePerRequestFilter {

	private final long ordinaryLimit;
	private final List<String> largePaths;
	private final AntPathMatcher matcher = new AntPathMatcher();

	UploadLimitFilter(long ordinaryLimit, List<String> largePaths) {
		this.ordinaryLimit = ordinaryLimit;
		this.largePaths = largePaths;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length >= 0 && length <= ordinaryLimit) {
			chain.doFilter(request, response);
			return;
		}
		if (length < 0) {
			if (signedIn()) {
				chain.doFilter(request, response);
			} else {
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			}
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean largeAllowed = largePaths.stream().anyMatch(pattern -> matcher.match(pattern, path));
		if (!largeAllowed) {
			ErrorPages.send(request, response, HttpStatus.CONTENT_TOO_LARGE, "error.413.text",
					ErrorPages.sizeText(ordinaryLimit));
			return;
		}
		if (!signedIn()) {
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean signedIn() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
	}
}
