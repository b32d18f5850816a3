package se.regionrum.indicators.flow;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionrum.platform.NavigationGroup;
import se.regionrum.platform.NavigationItem;
import se.regionrum.platform.PublicPaths;

/** Where the flow map shows up in the layout, and what anonymous visitors may read of it (all of it; importing needs an account). */
@Configuration(proxyBeanMethods = false)
class FlowPages {

	@Bean
	NavigationItem flowsNavigation() {
		return new NavigationItem(NavigationGroup.INDICATORS, "flows.nav", "/indicators/flows", 69, false);
	}

	@Bean
	PublicPaths flowsPublicPaths() {
		return new PublicPaths(List.of("/indicators/flows", "/indicators/flows.csv", "/indicators/flows.geojson"), List.of(),
				List.of("/api/v1/flows"));
	}

}
