package se.regionrum.indicators.indicator;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionrum.platform.NavigationGroup;
import se.regionrum.platform.NavigationItem;
import se.regionrum.platform.PublicPaths;

/** Where the indicators show up in the shared layout, and what anonymous visitors may read of them: everything. */
@Configuration(proxyBeanMethods = false)
class IndicatorPages {

	@Bean
	NavigationItem indicatorsNavigation() {
		return new NavigationItem(NavigationGroup.INDICATORS, "indicators.nav.indicators", "/indicators", 68, false);
	}

	@Bean
	PublicPaths indicatorPublicPaths() {
		return new PublicPaths(
				List.of("/indicators", "/indicators/export.csv", "/indicators/{id:\\d+}", "/indicators/{id:\\d+}/values.csv"),
				List.of(),
				List.of("/api/v1/indicators", "/api/v1/indicators/{id:\\d+}", "/api/v1/indicators/{id:\\d+}/values"));
	}

}
