package se.regionrum.analysis.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.regionrum.analysis.AnalysisFixtures;
import se.regionrum.analysis.dataset.AnalysisData;
import se.regionrum.analysis.engine.Accessibility;
import se.regionrum.analysis.run.RunResults.MunicipalitySummary;
import se.regionrum.analysis.run.RunResults.PointImpact;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.SystemUser;

/** A run goes from queued to done with its results stored; scenarios, reruns, comparisons and failures. */
@SpringBootTest
class RunLifecycleTest {

	@Autowired
	AnalysisData data;

	@Autowired
	RunService runs;

	@Autowired
	RunStore store;

	@Autowired
	RunExecutor executor;

	AnalysisFixtures.World world;

	@BeforeEach
	void world() {
		world = AnalysisFixtures.create(data, "livscykel " + System.nanoTime());
	}

	private AnalysisRun startAndWait(RunRequest request) {
		AnalysisRun queued = SystemUser.call(() -> runs.start(request));
		assertThat(queued.status()).isIn(RunStatus.QUEUED, RunStatus.RUNNING, RunStatus.DONE);
		return AnalysisFixtures.await(runs, queued.id());
	}

	@Test
	void aRunStoresTimesImpactsAndSummaries() {
		AnalysisRun run = startAndWait(world.request("Livscykel"));

		assertThat(run.status()).isEqualTo(RunStatus.DONE);
		assertThat(run.progress()).isEqualTo(100);
		assertThat(run.cellCount()).isEqualTo(81);
		assertThat(run.population()).isEqualTo(810);
		assertThat(run.durationMs()).isNotNull();
		assertThat(run.serviceTypes()).containsExactly("grocery_full", "pharmacy");

		SystemUser.run(() -> {
			RunService.CellResults pharmacy = runs.cells(run.id(), "pharmacy");
			// The corner cell is 8 links of one minute from the pharmacy in the middle.
			assertThat(pharmacy.columns().times()[0]).isEqualTo(8 * 600);
			assertThat(pharmacy.columns().meters()[0]).isEqualTo(8000);
			assertThat(pharmacy.columns().times()[40]).isZero();

			List<MunicipalitySummary> summaries = runs.summaries(run.id(), "pharmacy");
			MunicipalitySummary total = summaries.get(summaries.size() - 1);
			assertThat(total.municipalityId()).isEqualTo(-1);
			assertThat(total.population()).isEqualTo(810);
			assertThat(total.band0to10()).isEqualTo(810);
			assertThat(total.unreachable()).isZero();
			assertThat(summaries.stream().filter(s -> s.municipalityId() > 0)).as("cells fall in a municipality")
				.isNotEmpty();

			List<PointImpact> ranking = runs.impacts(run.id(), new ImpactFilter("pharmacy", null, null, null));
			assertThat(ranking).hasSize(1);
			assertThat(ranking.get(0).served()).isEqualTo(810);
			assertThat(ranking.get(0).stranded()).isEqualTo(810);

			List<PointImpact> groceries = runs.impacts(run.id(), new ImpactFilter("grocery_full", null, "served", "desc"));
			assertThat(groceries).hasSize(2);
			assertThat(groceries.get(0).served() + groceries.get(1).served()).isEqualTo(810);
			assertThat(groceries.get(0).addedPersonMinutes()).isPositive();
		});
	}

	@Test
	void aScenarioClosingAPointIsComparedWithItsBase() {
		AnalysisRun base = startAndWait(world.request("Bas"));
		AnalysisRun scenario = SystemUser.call(() -> runs.startScenario(base.id(),
				new ScenarioRequest("Apoteket stänger", List.of(2),
						List.of(new AnalysisRun.AddedPoint("grocery_full", "Ny butik", 0, 0)))));
		AnalysisRun done = AnalysisFixtures.await(runs, scenario.id());

		assertThat(done.status()).isEqualTo(RunStatus.DONE);
		assertThat(done.baseRunId()).isEqualTo(base.id());
		SystemUser.run(() -> {
			assertThat(runs.cells(done.id(), "pharmacy").columns().times()).containsOnly(Accessibility.UNREACHABLE);
			RunService.Comparison comparison = runs.compare(base.id(), done.id(), "pharmacy");
			RunService.Comparison.Row total = comparison.rows().get(comparison.rows().size() - 1);
			assertThat(total.other().unreachable()).isEqualTo(810);
			assertThat(total.beyondChange(0)).isEqualTo(810);
			assertThat(runs.impacts(done.id(), ImpactFilter.all())).anyMatch(PointImpact::added);
		});
	}

	@Test
	void aRerunReadsTheSameVersionsAndGivesTheSameResult() {
		AnalysisRun first = startAndWait(world.request("Först"));
		AnalysisRun again = AnalysisFixtures.await(runs, SystemUser.call(() -> runs.rerun(first.id())).id());

		assertThat(again.gridChecksum()).isEqualTo(first.gridChecksum());
		assertThat(again.settings()).isEqualTo(first.settings());
		SystemUser.run(() -> assertThat(runs.cells(again.id(), "grocery_full").columns().times())
			.isEqualTo(runs.cells(first.id(), "grocery_full").columns().times()));
	}

	@Test
	void aRunWhoseDataChangedFailsWithAClearMessage() {
		AnalysisRun template = SystemUser.call(() -> runs.start(world.request("Mall")));
		AnalysisFixtures.await(runs, template.id());
		long id = store.insert(new AnalysisRun(0, "Ändrat underlag", RunStatus.QUEUED, 0, null, null,
				template.gridId(), "0000", template.networkId(), template.networkChecksum(), template.pointSetId(),
				template.pointSetChecksum(), null, List.of(), List.of(), template.settings(), template.serviceTypes(),
				false, "test", Instant.now(), null, null, null, null, null, null, null, null, null));
		executor.submit(id);
		AnalysisRun failed = AnalysisFixtures.await(runs, id);

		assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
		assertThat(failed.messageKey()).isEqualTo("analysis.run.failed.dataChanged");
	}

	@Test
	void badSettingsAreRefusedBeforeQueueing() {
		RunRequest bad = new RunRequest(null, world.gridId(), world.networkId(), world.pointSetId(),
				new RunSettings(1000, 500, 20, List.of(30, 10)), null);
		assertThatThrownBy(() -> SystemUser.call(() -> runs.start(bad))).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("thresholds");
	}

}
