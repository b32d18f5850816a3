package se.regionrum.platform;

import java.util.List;

/**
 * What a module opens to visitors who are not signed in, declared as a bean by that module:
 * pages (GET), forms anyone may send (POST, still with the page's CSRF token), and GET
 * endpoints of the REST API. Opening a path only lets the request reach the module's service;
 * the service still shows anonymous visitors published data only.
 */
public record PublicPaths(List<String> pages, List<String> forms, List<String> api) {

	public PublicPaths {
		pages = List.copyOf(pages);
		forms = List.copyOf(forms);
		api = List.copyOf(api);
	}

}
