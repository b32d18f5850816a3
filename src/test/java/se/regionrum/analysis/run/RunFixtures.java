package se.regionrum.analysis.run;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationContext;

/** Runs made through the package-private store, for tests outside this package. */
public final class RunFixtures {

	private RunFixtures() {
	}

	/** A run on the template's data that failed unexpectedly with the given technical detail. */
	public static long failedUnexpectedly(ApplicationContext context, AnalysisRun template, String detail) {
		RunQueries store = context.getBean(RunQueries.class);
		long id = store.insert(new AnalysisRun(0, "Misslyckad", RunStatus.QUEUED, 0, null, null, template.gridId(),
				template.gridChecksum(), template.networkId(), template.networkChecksum(), template.pointSetId(),
				template.pointSetChecksum(), null, List.of(), List.of(), template.settings(), template.serviceTypes(),
				false, "test", Instant.now(), null, null, null, null, null, null, null, null, null));
		store.markFailed(id, 0, "analysis.run.failed.unexpected", detail);
		return id;
	}

}
