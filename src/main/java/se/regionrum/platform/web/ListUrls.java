package se.regionrum.platform.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of a filtered list that keep the filter: another page, another sort order, the same
 * selection as a CSV export. Every page model has one as {@code listUrls}.
 */
public class ListUrls {

	public String page(int page) {
		return relative(current().replaceQueryParam("page", page));
	}

	public String sort(String column, String currentSort, boolean descending) {
		boolean toggle = column.equals(currentSort) && !descending;
		return relative(current().replaceQueryParam("sort", column).replaceQueryParam("dir", toggle ? "desc" : "asc")
			.replaceQueryParam("page"));
	}

	/** The same query at another path, e.g. the list's export.csv. */
	public String withPath(String path) {
		return relative(current().replacePath(path).replaceQueryParam("page").replaceQueryParam("lang"));
	}

	private static UriComponentsBuilder current() {
		return ServletUriComponentsBuilder.fromCurrentRequest();
	}

	private static String relative(UriComponentsBuilder builder) {
		var components = builder.build();
		String query = components.getQuery();
		return components.getPath() + (query == null || query.isEmpty() ? "" : "?" + query);
	}

}
