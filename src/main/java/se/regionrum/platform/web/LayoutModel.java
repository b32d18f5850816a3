package se.regionrum.platform.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.NavigationItem;
import se.regionrum.platform.Permissions;

/** What the shared layout needs on every page: region name, navigation, who is signed in. */
@ControllerAdvice
class LayoutModel {

	private final RegionProperties region;

	private final NavigationMenu navigation;

	private final Permissions permissions;

	private final MapSettings mapSettings;

	private final ListUrls listUrls = new ListUrls();

	LayoutModel(RegionProperties region, MapSettings mapSettings, List<NavigationItem> navigation,
			Permissions permissions) {
		this.region = region;
		this.mapSettings = mapSettings;
		this.navigation = new NavigationMenu(navigation);
		this.permissions = permissions;
	}

	@ModelAttribute("regionName")
	String regionName() {
		return region.name();
	}

	@ModelAttribute("listUrls")
	ListUrls listUrls() {
		return listUrls;
	}

	@ModelAttribute("mapSettings")
	MapSettings mapSettings() {
		return mapSettings;
	}

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		return permissions.current().orElse(null);
	}

	@ModelAttribute("navigation")
	List<NavigationMenu.Group> navigation(HttpServletRequest request) {
		return navigation.groups(permissions.isSignedIn(), request.getRequestURI());
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	/** The current page in the other language; keeps the query so a filtered list stays filtered. */
	@ModelAttribute("otherLanguageUrl")
	String otherLanguageUrl(HttpServletRequest request, java.util.Locale locale) {
		if (request.getRequestURI().startsWith("/api/")) {
			return null;
		}
		String other = "en".equals(locale.getLanguage()) ? "sv" : "en";
		return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", other).build()
			.toUriString()
			.replaceFirst("^[a-z]+://[^/]+", "");
	}

}
