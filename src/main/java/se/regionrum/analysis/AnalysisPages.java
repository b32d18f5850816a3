package se.regionrum.analysis;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.platform.LargeUploads;
import se.regionrum.platform.NavigationItem;
import se.regionrum.platform.Permissions;
import se.regionrum.platform.StartPageSection;

/** Where the analysis module shows up in the shared layout and on the start page (signed-in users only). */
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
		return new NavigationItem("analysis.nav", "/analysis", 70, true);
	}

	@Bean
	StartPageSection.Provider analysisStartPageSection(JdbcClient jdbc, Permissions permissions) {
		return () -> {
			long[] counts = jdbc.sql("select (select count(*) from analysis_run where status = 'DONE'), "
					+ "(select count(*) from analysis_service_point p where p.point_set_id = "
					+ "(select max(id) from analysis_point_set)), (select count(*) from analysis_grid)")
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
				.single();
			return new StartPageSection(40, "analysis.start.title", "analysis.start.description",
					List.of(new StartPageSection.Figure("analysis.start.runs", counts[0], "/analysis", true),
							new StartPageSection.Figure("analysis.start.points", counts[1], "/analysis/points", true),
							new StartPageSection.Figure("analysis.start.grids", counts[2], "/analysis/data", true)),
					"/analysis");
		};
	}

}
