package se.regionrum.strategy;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.platform.NavigationGroup;
import se.regionrum.platform.NavigationItem;
import se.regionrum.platform.PublicPaths;
import se.regionrum.platform.StartPageSection;

/** Where the strategy module shows up in the shared layout and on the start page. */
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

	/** Figures anyone may see: published strategies and issues, plans, open consultations. */
	@Bean
	StartPageSection.Provider strategyStartPageSection(JdbcClient jdbc, Clock clock) {
		return () -> {
			Date today = Date.valueOf(LocalDate.now(clock));
			long[] counts = jdbc.sql("""
					select (select count(*) from strategy where published = true),
					       (select count(*) from plan),
					       (select count(*) from consultation c join strategy s on s.id = c.strategy_id
					        where s.published = true and c.opens_on <= :today and c.closes_on >= :today),
					       (select count(*) from issue where published = true)""")
				.param("today", today)
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) })
				.single();
			return new StartPageSection(20, "strategy.start.title", "strategy.start.description",
					List.of(new StartPageSection.Figure("strategy.start.strategies", counts[0], "/strategies"),
							new StartPageSection.Figure("strategy.start.plans", counts[1], "/plans/matrix"),
							new StartPageSection.Figure("strategy.start.openConsultations", counts[2],
									"/consultations?phase=OPEN"),
							new StartPageSection.Figure("strategy.start.issues", counts[3], "/issues/classification")),
					"/strategies");
		};
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
