package se.regionrum.analysis;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionrum.platform.LargeUploads;
import se.regionrum.platform.NavigationGroup;
import se.regionrum.platform.NavigationItem;

/** Where the analysis module shows up in the shared layout (signed-in users only); its start-page card is {@code run.AnalysisStartPage}. */
@Configuration(proxyBeanMethods = false)
class AnalysisPages {

	/** Imports take a county's OpenStreetMap extract or a national grid. */
	@Bean
	LargeUploads analysisUploads() {
		return new LargeUploads(List.of("/analysis/imports/**", "/api/v1/analysis/grids", "/api/v1/analysis/point-sets",
				"/api/v1/analysis/networks"));
	}

	@Bean
	NavigationItem analysisNavigation() {
		return new NavigationItem(NavigationGroup.ANALYSIS, "analysis.nav", "/analysis", 70, true);
	}

}
