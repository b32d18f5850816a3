package se.regionrum.platform;

import java.util.List;
import java.util.Objects;

import org.springframework.http.HttpMethod;

/**
 * What a module opens to visitors who are not signed in, declared as a bean by that module:
 * pages (GET), forms anyone may send (POST, still with the page's CSRF token), GET endpoints of
 * the REST API, and REST endpoints that change something and that anyone may call (the public
 * forms' counterparts in the API, such as registering for a meeting). Opening a path only lets
 * the request reach the module's service; the service still shows anonymous visitors published
 * data only and applies the same rules as on the page.
 */
public record PublicPaths(List<String> pages, List<String> forms, List<String> api, List<ApiWrite> apiWrites) {

	public PublicPaths {
		pages = List.copyOf(pages);
		forms = List.copyOf(forms);
		api = List.copyOf(api);
		apiWrites = List.copyOf(apiWrites);
	}

	/** Pages, forms and API reads only. */
	public PublicPaths(List<String> pages, List<String> forms, List<String> api) {
		this(pages, forms, api, List.of());
	}

	/**
	 * A REST endpoint that changes something and needs no account. The API is stateless (HTTP
	 * Basic, no session cookie), so such a request needs no CSRF token.
	 */
	public record ApiWrite(HttpMethod method, String pattern) {

		public ApiWrite {
			Objects.requireNonNull(method);
			Objects.requireNonNull(pattern);
			if (method == HttpMethod.GET || !pattern.startsWith("/api/")) {
				throw new IllegalArgumentException("Not an API write: " + method + " " + pattern);
			}
		}

		public static ApiWrite post(String pattern) {
			return new ApiWrite(HttpMethod.POST, pattern);
		}

		public static ApiWrite delete(String pattern) {
			return new ApiWrite(HttpMethod.DELETE, pattern);
		}

	}

}
