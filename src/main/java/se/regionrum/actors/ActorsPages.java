package se.regionrum.actors;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionrum.platform.NavigationGroup;
import se.regionrum.platform.NavigationItem;
import se.regionrum.platform.PublicPaths;

/** Where the actors module shows up in the shared layout (its start-page figures: {@code organisation.ActorsStartPage}). */
@Configuration(proxyBeanMethods = false)
class ActorsPages {

	@Bean
	NavigationItem organisationsNavigation() {
		return new NavigationItem(NavigationGroup.ACTORS, "actors.nav.organisations", "/organisations", 10, false);
	}

	@Bean
	NavigationItem peopleNavigation() {
		return new NavigationItem(NavigationGroup.ACTORS, "actors.nav.people", "/people", 20, true);
	}

	@Bean
	NavigationItem workingGroupsNavigation() {
		return new NavigationItem(NavigationGroup.ACTORS, "actors.nav.workingGroups", "/working-groups", 30, true);
	}

	@Bean
	NavigationItem mapNavigation() {
		return new NavigationItem(NavigationGroup.ACTORS, "actors.nav.map", "/map", 40, false);
	}

	/** Published data anyone may read; the services still hide what is not published. */
	@Bean
	PublicPaths actorsPublicPaths() {
		return new PublicPaths(List.of("/organisations", "/organisations/{id:\\d+}", "/organisations/export.csv", "/map",
				"/boundaries.geojson", "/municipalities.geojson"),
				List.of(),
				List.of("/api/v1/organisations", "/api/v1/organisations/*", "/api/v1/boundaries",
				"/api/v1/municipalities"));
	}

}
