package se.regionrum.strategy;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionrum.platform.NavigationGroup;
import se.regionrum.platform.NavigationItem;
import se.regionrum.platform.PublicPaths;

/** Where the strategy module shows up in the shared layout (its start-page figures: {@code strategy.start.StrategyStartPage}). */
@Configuration(proxyBeanMethods = false)
class StrategyPages {

	@Bean
	NavigationItem strategiesNavigation() {
		return new NavigationItem(NavigationGroup.STRATEGY, "strategy.nav.strategies", "/strategies", 50, false);
	}

	@Bean
	NavigationItem plansNavigation() {
		return new NavigationItem(NavigationGroup.STRATEGY, "strategy.nav.plans", "/plans", 55, false);
	}

	@Bean
	NavigationItem consultationsNavigation() {
		return new NavigationItem(NavigationGroup.STRATEGY, "strategy.nav.consultations", "/consultations", 57, false);
	}

	@Bean
	NavigationItem issuesNavigation() {
		return new NavigationItem(NavigationGroup.STRATEGY, "strategy.nav.issues", "/issues", 58, false);
	}

	/** Published data anyone may read; the services still hide what is not published. */
	@Bean
	PublicPaths strategyPublicPaths() {
		return new PublicPaths(List.of("/strategies", "/strategies/export.csv", "/strategies/{id:\\d+}",
				"/strategies/{id:\\d+}/goals/{goalId:\\d+}", "/strategies/{id:\\d+}/goals/export.csv", "/plans",
				"/plans/export.csv", "/plans/{id:\\d+}", "/plans/matrix", "/plans/matrix.csv", "/plan-types",
				"/plan-types/export.csv", "/consultations", "/consultations/export.csv", "/consultations/{id:\\d+}",
				"/consultations/{id:\\d+}/consensus", "/consultations/{id:\\d+}/changes",
				"/consultations/{id:\\d+}/responses.csv", "/consultations/{id:\\d+}/responses/{organisationId:\\d+}",
				"/issues", "/issues/export.csv", "/issues/classification", "/issues/{id:\\d+}"),
				List.of("/consultations/{id:\\d+}/comments"),
				List.of("/api/v1/strategies", "/api/v1/strategies/*", "/api/v1/strategies/*/goals",
				"/api/v1/strategies/*/goals/*", "/api/v1/plans", "/api/v1/plans/*", "/api/v1/plan-types",
				"/api/v1/plan-types/*", "/api/v1/consultations", "/api/v1/consultations/*",
				"/api/v1/consultations/*/responses", "/api/v1/consultations/*/consensus",
				"/api/v1/consultations/*/changes", "/api/v1/issues", "/api/v1/issues/*"));
	}

}
