package se.regionrum.followup;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionrum.platform.NavigationGroup;
import se.regionrum.platform.NavigationItem;
import se.regionrum.platform.PublicPaths;

/** Where the follow-up module shows up in the shared layout, and what visitors may read. */
@Configuration(proxyBeanMethods = false)
class ProgrammePages {

	@Bean
	NavigationItem programmesNavigation() {
		return new NavigationItem(NavigationGroup.FOLLOWUP, "followup.nav.programmes", "/programmes", 80, false);
	}

	/** Published programmes and their reports; the services still hide what is not published. */
	@Bean
	PublicPaths followupPublicPaths() {
		return new PublicPaths(List.of("/programmes", "/programmes/{id:\\d+}", "/programmes/export.csv",
				"/programmes/{id:\\d+}/report", "/programmes/{id:\\d+}/report.pdf",
				"/programmes/{id:\\d+}/activities.csv", "/programmes/{id:\\d+}/costs.csv"),
				List.of(),
				List.of("/api/v1/programmes", "/api/v1/programmes/**", "/api/v1/cost-kinds",
						"/api/v1/cost-kinds/{id:\\d+}"));
	}

}
