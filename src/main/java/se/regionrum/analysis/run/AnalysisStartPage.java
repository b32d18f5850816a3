package se.regionrum.analysis.run;

import java.util.List;

import org.springframework.stereotype.Component;

import se.regionrum.analysis.dataset.DataSetQueries;
import se.regionrum.platform.StartPageSection;

/**
 * The card counts the service points of the set the region's analyses use: that of the latest
 * finished run that is not a scenario (the demo's run on a fresh start), and only where there is
 * none yet the newest set. The newest set may be any file someone tried out, which said nothing
 * about the region. The label says which of the two is counted, and the link shows that set.
 */
@Component
class AnalysisStartPage implements StartPageSection.Provider {

	private final RunQueries runs;

	private final DataSetQueries data;

	AnalysisStartPage(RunQueries runs, DataSetQueries data) {
		this.runs = runs;
		this.data = data;
	}

	@Override
	public StartPageSection section() {
		long done = runs.countDone();
		Long ofRun = runs.latestDone().map(AnalysisRun::pointSetId).orElse(null);
		Long set = ofRun != null ? ofRun : data.newestPointSetId().orElse(null);
		long points = set == null ? 0 : data.countPoints(set);
		long grids = data.countGrids();
		String pointsLabel = ofRun != null ? "analysis.start.pointsOfLatestRun" : "analysis.start.pointsOfNewestSet";
		return new StartPageSection(40, "analysis.start.title", "analysis.start.description",
				List.of(new StartPageSection.Figure("analysis.start.runs", done, "/analysis", true),
						new StartPageSection.Figure(pointsLabel, points,
								set == null ? "/analysis/points" : "/analysis/points?set=" + set, true),
						new StartPageSection.Figure("analysis.start.grids", grids, "/analysis/data", true)),
				"/analysis");
	}

}
