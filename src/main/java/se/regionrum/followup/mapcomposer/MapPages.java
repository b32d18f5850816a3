package se.regionrum.followup.mapcomposer;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionrum.platform.NavigationGroup;
import se.regionrum.platform.NavigationItem;
import se.regionrum.platform.PublicPaths;

/** Where the map composer shows up in the shared layout, and what visitors may read: published maps only. */
@Configuration(proxyBeanMethods = false)
class MapPages {

	@Bean
	NavigationItem mapsNavigation() {
		return new NavigationItem(NavigationGroup.FOLLOWUP, "mapcomposer.nav", "/maps", 84, false);
	}

	/** The service answers 404 for a composition that is not published. */
	@Bean
	PublicPaths mapPublicPaths() {
		return new PublicPaths(
				List.of("/maps", "/maps/{id:\\d+}", "/maps/{id:\\d+}/present", "/maps/{id:\\d+}/layers.json",
						"/maps/{id:\\d+}.png", "/maps/{id:\\d+}.pdf"),
				List.of(), List.of("/api/v1/maps", "/api/v1/maps/*", "/api/v1/maps/*/layers"));
	}

}
