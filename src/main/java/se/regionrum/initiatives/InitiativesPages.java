package se.regionrum.initiatives;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.platform.NavigationGroup;
import se.regionrum.platform.NavigationItem;
import se.regionrum.platform.PublicPaths;
import se.regionrum.platform.Permissions;
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
	StartPageSection.Provider initiativesStartPageSection(JdbcClient jdbc, Permissions permissions) {
		return () -> {
			String published = permissions.isSignedIn() ? "" : " and i.published = true";
			long[] counts = jdbc.sql("select (select count(*) from initiative i where 1=1" + published + "), "
					+ "(select count(*) from initiative i where i.status in ('PREPARATION', 'DECIDED', 'UNDER_WAY')"
					+ published + "), "
					+ "(select count(*) from obstacle o join initiative i on i.id = o.initiative_id where o.status <> 'REMOVED'"
					+ published + "), "
					+ "(select count(*) from initiative i where i.practice_case = true" + published + "), "
					+ "(select count(*) from establishment i where 1=1" + published + ")")
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5) })
				.single();
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
