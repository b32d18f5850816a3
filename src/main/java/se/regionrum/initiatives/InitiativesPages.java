package se.regionrum.initiatives;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionrum.initiatives.initiative.InitiativeQueries;
import se.regionrum.platform.NavigationGroup;
import se.regionrum.platform.NavigationItem;
import se.regionrum.platform.Permissions;
import se.regionrum.platform.PublicPaths;
import se.regionrum.platform.StartPageSection;

/** Where the initiatives module shows up in the shared layout and on the start page. */
@Configuration(proxyBeanMethods = false)
class InitiativesPages {

	@Bean
	NavigationItem initiativesNavigation() {
		return new NavigationItem(NavigationGroup.INITIATIVES, "initiatives.nav.initiatives", "/initiatives", 60, false);
	}

	@Bean
	NavigationItem coverageNavigation() {
		return new NavigationItem(NavigationGroup.INITIATIVES, "initiatives.nav.coverage", "/coverage", 62, false);
	}

	@Bean
	NavigationItem obstaclesNavigation() {
		return new NavigationItem(NavigationGroup.INITIATIVES, "initiatives.nav.obstacles", "/obstacles", 64, false);
	}

	@Bean
	NavigationItem establishmentsNavigation() {
		return new NavigationItem(NavigationGroup.INITIATIVES, "initiatives.nav.establishments", "/establishments", 66, false);
	}

	@Bean
	StartPageSection.Provider initiativesStartPageSection(InitiativeQueries queries, Permissions permissions) {
		return () -> {
			long[] counts = queries.startPageCounts(!permissions.isSignedIn());
			return new StartPageSection(30, "initiatives.start.title", "initiatives.start.description",
					List.of(new StartPageSection.Figure("initiatives.start.initiatives", counts[0], "/initiatives"),
							new StartPageSection.Figure("initiatives.start.active", counts[1], "/initiatives?status=UNDER_WAY"),
							new StartPageSection.Figure("initiatives.start.openObstacles", counts[2], "/obstacles"),
							new StartPageSection.Figure("initiatives.start.practiceCases", counts[3], "/initiatives?practiceCase=true"),
							new StartPageSection.Figure("initiatives.start.establishments", counts[4], "/establishments")),
					"/initiatives");
		};
	}

	/** Published data anyone may read; the services still hide what is not published. */
	@Bean
	PublicPaths initiativesPublicPaths() {
		return new PublicPaths(List.of("/initiatives", "/initiatives/{id:\\d+}", "/initiatives/map", "/initiatives/map.geojson",
				"/initiatives/export.csv", "/initiatives/export.geojson", "/initiatives/statistics", "/coverage",
				"/obstacles", "/obstacles/export.csv", "/municipalities/{id:\\d+}", "/establishments", "/establishments/{id:\\d+}"),
				List.of(),
				List.of("/api/v1/initiatives", "/api/v1/initiatives/**", "/api/v1/obstacles/**",
				"/api/v1/funding/**", "/api/v1/coverage", "/api/v1/municipality-overviews/*", "/api/v1/establishments",
				"/api/v1/establishments/**", "/api/v1/practice-cases", "/api/v1/practice-cases/**"));
	}

}
