package se.regionrum.actors;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.platform.NavigationGroup;
import se.regionrum.platform.NavigationItem;
import se.regionrum.platform.PublicPaths;
import se.regionrum.platform.StartPageSection;

/** Where the actors module shows up in the shared layout and on the start page. */
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

	@Bean
	StartPageSection.Provider actorsStartPageSection(JdbcClient jdbc) {
		return () -> {
			var counts = jdbc.sql("""
					select (select count(*) from organisation where kind = 'MUNICIPALITY'),
					       (select count(*) from organisation),
					       (select count(*) from person where erased_at is null),
					       (select count(*) from working_group),
					       (select coalesce(sum(population), 0) from organisation where kind = 'MUNICIPALITY')""")
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
						rs.getLong(5) })
				.single();
			return new StartPageSection(10, "actors.start.title", "actors.start.description",
					java.util.List.of(new StartPageSection.Figure("actors.start.municipalities", counts[0], "/organisations?kind=MUNICIPALITY"),
							new StartPageSection.Figure("actors.start.population", counts[4], "/map"),
							new StartPageSection.Figure("actors.start.organisations", counts[1], "/organisations"),
							new StartPageSection.Figure("actors.start.people", counts[2], "/people", true),
							new StartPageSection.Figure("actors.start.workingGroups", counts[3], "/working-groups", true)),
					"/organisations");
		};
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
