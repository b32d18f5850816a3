package se.regionrum.followup.dashboard;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionrum.platform.NavigationGroup;
import se.regionrum.platform.NavigationItem;
import se.regionrum.platform.PublicPaths;

/**
 * Where the dashboards show up: the engagement page in the navigation for signed-in users; the goal
 * dashboards are linked from each strategy's page and are as public as the strategy (the service decides).
 */
@Configuration(proxyBeanMethods = false)
class DashboardPages {

	@Bean
	NavigationItem engagementNavigation() {
		return new NavigationItem(NavigationGroup.FOLLOWUP, "dashboard.nav.engagement", "/engagement", 84, true);
	}

	@Bean
	PublicPaths dashboardPublicPaths() {
		return new PublicPaths(List.of("/strategies/{id:\\d+}/follow-up"), List.of(),
				List.of("/api/v1/strategies/*/follow-up"));
	}

}
