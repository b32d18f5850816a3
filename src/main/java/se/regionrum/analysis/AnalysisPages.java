package se.regionrum.analysis;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.platform.LargeUploads;
import se.regionrum.platform.NavigationGroup;
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
		return new NavigationItem(NavigationGroup.ANALYSIS, "analysis.nav", "/analysis", 70, true);
	}

	/**
	 * The card counts the service points of the set the region's analyses use: that of the latest
	 * finished run that is not a scenario (the demo's run on a fresh start), and only where there is
	 * none yet the newest set. The newest set may be any file someone tried out, which said nothing
	 * about the region. The label says which of the two is counted, and the link shows that set.
	 */
	@Bean
	StartPageSection.Provider analysisStartPageSection(JdbcClient jdbc, Permissions permissions) {
		return () -> {
			long runs = jdbc.sql("select count(*) from analysis_run where status = 'DONE'").query(Long.class).single();
			Long ofRun = jdbc.sql("select point_set_id from analysis_run where status = 'DONE' and base_run_id is null "
					+ "order by finished_at desc, id desc limit 1").query(Long.class).optional().orElse(null);
			Long set = ofRun != null ? ofRun
					: jdbc.sql("select id from analysis_point_set order by id desc limit 1").query(Long.class).optional()
						.orElse(null);
			long points = set == null ? 0
					: jdbc.sql("select count(*) from analysis_service_point where point_set_id = ?").param(set)
						.query(Long.class).single();
			long grids = jdbc.sql("select count(*) from analysis_grid").query(Long.class).single();
			String pointsLabel = ofRun != null ? "analysis.start.pointsOfLatestRun" : "analysis.start.pointsOfNewestSet";
			return new StartPageSection(40, "analysis.start.title", "analysis.start.description",
					List.of(new StartPageSection.Figure("analysis.start.runs", runs, "/analysis", true),
							new StartPageSection.Figure(pointsLabel, points,
									set == null ? "/analysis/points" : "/analysis/points?set=" + set, true),
							new StartPageSection.Figure("analysis.start.grids", grids, "/analysis/data", true)),
					"/analysis");
		};
	}

}
