package se.regionrum.analysis.run;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationContext;

/** Failed runs for tests outside this package, which cannot reach the store. */
public final class FailedRuns {

	private FailedRuns() {
	}

	/** A run on the template's data that failed unexpectedly with the given technical detail. */
	public static long unexpected(ApplicationContext context, AnalysisRun template, String detail) {
		RunQueries store = context.getBean(RunQueries.class);
		long id = store.insert(new AnalysisRun(0, "Misslyckad", RunStatus.QUEUED, 0, null, null, template.gridId(),
				template.gridChecksum(), template.networkId(), template.networkChecksum(), template.pointSetId(),
				template.pointSetChecksum(), null, List.of(), List.of(), template.settings(), template.serviceTypes(),
				false, "test", Instant.now(), null, null, null, null, null, null, null, null, null));
		store.markFailed(id, "analysis.run.failed.unexpected", detail);
		return id;
	}

}
