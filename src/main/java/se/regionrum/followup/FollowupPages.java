package se.regionrum.followup;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionrum.platform.NavigationGroup;
import se.regionrum.platform.NavigationItem;
import se.regionrum.platform.PublicPaths;

/** Where the method handbook shows up in the shared layout, and what anonymous visitors may read of it. */
@Configuration(proxyBeanMethods = false)
class FollowupPages {

	@Bean
	NavigationItem handbooksNavigation() {
		return new NavigationItem(NavigationGroup.FOLLOWUP, "handbook.nav.handbooks", "/handbooks", 80, false);
	}

	@Bean
	NavigationItem methodsNavigation() {
		return new NavigationItem(NavigationGroup.FOLLOWUP, "handbook.nav.methods", "/methods", 82, true);
	}

	/** Published editions; the service answers 404 for everything else. */
	@Bean
	PublicPaths handbookPublicPaths() {
		return new PublicPaths(List.of("/handbooks", "/handbooks/{id:\\d+}", "/handbooks/{id:\\d+}/published",
				"/handbooks/{id:\\d+}/editions/{number:\\d+}", "/handbooks/{id:\\d+}/editions/{number:\\d+}/handbook.pdf"),
				List.of(),
				List.of("/api/v1/handbooks", "/api/v1/handbooks/*/editions", "/api/v1/handbooks/*/editions/*"));
	}

}
