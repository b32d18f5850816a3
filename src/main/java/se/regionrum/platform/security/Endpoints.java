package se.regionrum.platform.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.RequestPath;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Whether a request names something a controller serves, so that a visitor who is not signed in
 * and mistyped an address is told "not found" rather than asked to sign in, on pages and in the
 * API alike. Asks the controllers' own mappings, so it cannot drift from them.
 */
final class Endpoints {

	private final ObjectProvider<HandlerMapping> controllers;

	Endpoints(ObjectProvider<HandlerMapping> controllers) {
		this.controllers = controllers;
	}

	boolean exist(HttpServletRequest request) {
		HandlerMapping mapping = controllers.getIfAvailable();
		if (mapping == null) {
			return true;
		}
		Object parsed = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
		if (!(parsed instanceof RequestPath)) {
			ServletRequestPathUtils.parseAndCache(request);
		}
		try {
			return mapping.getHandler(request) != null;
		}
		catch (Exception otherMethodOrType) {
			// the mapping found the path but not for this method or media type: the address exists
			return true;
		}
		finally {
			if (!(parsed instanceof RequestPath)) {
				ServletRequestPathUtils.clearParsedRequestPath(request);
			}
		}
	}

}
