package se.regionrum.analysis.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.kagkarlsson.scheduler.SchedulerState;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.analysis.AnalysisFixtures;
import se.regionrum.analysis.dataset.DataSets.Grid;
import se.regionrum.analysis.dataset.DataSets.GridInfo;
import se.regionrum.analysis.run.RunResults.TypeColumns;
import se.regionrum.analysis.dataset.DataSetService;
import se.regionrum.analysis.engine.Accessibility;
import se.regionrum.analysis.run.RunResults.MunicipalitySummary;
import se.regionrum.analysis.run.RunResults.PointImpact;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.Jobs;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.Waiting;

/**
 * A run goes from queued to done with its results stored; scenarios, reruns, comparisons and
 * failures; a run whose server died is taken over. Every live test context is a server on the one
 * database and may carry out any run's job, so tests wait for the run's state, never for a server.
 */
@SpringBootTest
class RunLifecycleTest {

	@Autowired
	DataSetService data;

	@Autowired
	RunService runs;

	@Autowired
	RunQueries store;

	@Autowired
	RunExecutor executor;

	@Autowired
	Jobs jobs;

	@Autowired
	JdbcClient jdbc;

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
			// Road distance from the pharmacy in the middle: 0 to 8 km along the grid's roads.
			assertThat(total.kmBands()).hasSize(Bands.KM.size() + 1);
			assertThat(total.kmBands().stream().mapToLong(Long::longValue).sum()).isEqualTo(810);
			assertThat(total.kmBands().get(3)).isZero();
			assertThat(total.beyondKm().get(0)).isEqualTo(total.kmBands().get(1) + total.kmBands().get(2));
			assertThat(total.meanKm()).isBetween(3.0, 5.0);
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
		jobs.enqueue(RunExecutor.TASK, id);
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

	private AnalysisRun queued(AnalysisRun template, String name) {
		long id = store.insert(new AnalysisRun(0, name, RunStatus.QUEUED, 0, null, null, template.gridId(),
				template.gridChecksum(), template.networkId(), template.networkChecksum(), template.pointSetId(),
				template.pointSetChecksum(), null, List.of(), List.of(), template.settings(), template.serviceTypes(),
				false, "test", Instant.now(), null, null, null, null, null, null, null, null, null));
		return store.find(id).orElseThrow();
	}

	/** Its job's row as a server leaves it that died while running it: picked, its heartbeat long gone. */
	private void jobOfADeadServer(long runId) {
		Timestamp longAgo = Timestamp.from(Instant.now().minus(Duration.ofHours(1)));
		jdbc.sql("""
				insert into scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, picked_by,
				    consecutive_failures, last_heartbeat, version, priority)
				values (?, ?, null, ?, true, 'stopped-server', 0, ?, 1, 0)""")
			.params(RunExecutor.TASK.getTaskName(), String.valueOf(runId), longAgo, longAgo)
			.update();
	}

	private long jobRows(long runId) {
		return jdbc.sql("select count(*) from scheduled_tasks where task_name = ? and task_instance = ?")
			.params(RunExecutor.TASK.getTaskName(), String.valueOf(runId))
			.query(Long.class)
			.single();
	}

	@Test
	void aRunWhoseServerDiedIsTakenOverAndRunFromTheBeginning() {
		AnalysisRun template = startAndWait(world.request("Mall"));
		AnalysisRun run = queued(template, "Servern stannade");
		store.markStarted(run.id(), Instant.now(), jobs.maxTries());
		store.saveProgress(run.id(), 1, 60);
		jobOfADeadServer(run.id());

		AnalysisRun done = AnalysisFixtures.await(runs, run.id());

		assertThat(done.status()).isEqualTo(RunStatus.DONE);
		assertThat(store.attempts(run.id())).as("the dead server's start and the takeover").isEqualTo(2);
		SystemUser.run(() -> assertThat(runs.cells(done.id(), "pharmacy").columns().times())
			.isEqualTo(runs.cells(template.id(), "pharmacy").columns().times()));
		assertThat(Waiting.until(() -> jobRows(run.id()), n -> n == 0)).as("the job is done with").isZero();
	}

	@Test
	void aRunStartedAsOftenAsAJobMayFailsWithTheReasonInsteadOfStartingAgain() {
		AnalysisRun template = startAndWait(world.request("Mall"));
		AnalysisRun run = queued(template, "Servrarna stannade");
		for (int i = 0; i < jobs.maxTries(); i++) {
			store.markStarted(run.id(), Instant.now(), jobs.maxTries());
		}
		jobs.enqueue(RunExecutor.TASK, run.id());

		AnalysisRun failed = AnalysisFixtures.await(runs, run.id());

		assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
		assertThat(failed.messageKey()).isEqualTo("analysis.run.failed.tooManyStarts");
		assertThat(store.attempts(run.id())).isEqualTo(jobs.maxTries());
		assertThat(Waiting.until(() -> jobRows(run.id()), n -> n == 0)).as("the job is done with").isZero();
	}

	@Test
	void anAttemptTakenOverByAnotherServerWritesNothingMore() {
		AnalysisRun run = queued(startAndWait(world.request("Mall")), "Övertagen");
		store.markStarted(run.id(), Instant.now(), jobs.maxTries());
		store.markStarted(run.id(), Instant.now(), jobs.maxTries());

		assertThat(store.saveProgress(run.id(), 1, 80)).isFalse();
		assertThat(store.markDone(run.id(), 1, Instant.now(), 1, 1, 1, 0, 0, 1, 0)).isFalse();
		assertThat(store.markFailed(run.id(), 1, "analysis.run.failed.unexpected", "late")).isFalse();
		assertThat(store.markHandedBack(run.id(), 1)).isFalse();
		AnalysisRun current = store.find(run.id()).orElseThrow();
		assertThat(current.status()).isEqualTo(RunStatus.RUNNING);
		assertThat(current.progress()).as("a new start begins its progress anew").isEqualTo(1);
		assertThat(store.saveProgress(run.id(), 2, 80)).isTrue();
		assertThat(store.markFailed(run.id(), 2, "analysis.run.failed.unexpected", null)).isTrue();
	}

	@Test
	void aStoppingServerHandsItsRunBackToTheQueueUncounted() {
		AnalysisRun run = queued(startAndWait(world.request("Mall")), "Servern stängs");
		SchedulerState stopping = new SchedulerState() {
			@Override
			public boolean isShuttingDown() {
				return true;
			}

			@Override
			public boolean isStarted() {
				return true;
			}

			@Override
			public boolean isPaused() {
				return false;
			}
		};

		// This server may be busy with another context's run for a moment; then the run is not touched.
		AnalysisRun handedBack = Waiting.until(() -> {
			executor.execute(run.id(), stopping);
			return store.find(run.id()).orElseThrow();
		}, r -> r.startedAt() != null);

		assertThat(handedBack.startedAt()).as("the run was started").isNotNull();
		assertThat(handedBack.status()).isEqualTo(RunStatus.QUEUED);
		assertThat(handedBack.progress()).isZero();
		assertThat(store.attempts(run.id())).isZero();
		store.markFailed(run.id(), 0, "analysis.run.failed.unexpected", null);
	}

	@Test
	void progressNeverGoesBack() {
		AnalysisRun run = queued(startAndWait(world.request("Mall")), "Framsteg");
		store.markStarted(run.id(), Instant.now(), jobs.maxTries());
		store.saveProgress(run.id(), 1, 60);
		store.saveProgress(run.id(), 1, 30);
		assertThat(store.find(run.id()).orElseThrow().progress()).isEqualTo(60);
		store.markFailed(run.id(), 1, "analysis.run.failed.unexpected", null);
	}

	@Test
	void largeMunicipalitiesSumWithoutOverflowAndUnreachableCellsStayOutOfTheMeans() {
		GridInfo info = new GridInfo(1, "stor", "test", "EPSG:3006", 1000, 3, 300_000, List.of(), false, "x",
				Instant.now(), "test");
		// 100 000 people 30 km away: 3e9 person-metres, past the int range.
		Grid grid = new Grid(info, new int[3], new int[3], new int[] { 100_000, 100_000, 100_000 }, new int[0][],
				new int[] { 7, 7, 7 });
		TypeColumns columns = new TypeColumns(new int[] { 18_000, 18_000, Accessibility.UNREACHABLE },
				new int[] { 30_000, 30_000, Accessibility.UNREACHABLE }, new int[] { 0, 0, -1 });

		MunicipalitySummary s = RunExecutor.summaries(grid, List.of("fuel"), Map.of("fuel", columns), List.of(10, 30),
				Map.of(7L, "Stor")).get(0);

		assertThat(s.personKm()).isEqualTo(6_000_000.0);
		assertThat(s.meanKm()).isEqualTo(30.0);
		assertThat(s.meanMinutes()).isEqualTo(30.0);
		assertThat(s.unreachable()).isEqualTo(100_000);
		assertThat(s.kmBands()).containsExactly(0L, 0L, 0L, 200_000L);
		assertThat(s.beyondKm()).containsExactly(300_000L, 300_000L, 300_000L);
		assertThat(s.beyondThresholds()).containsExactly(300_000L, 100_000L);
	}

	@Test
	void theChangeMapShowsFasterAndGainedAccessApartFromNoChange() {
		int u = Accessibility.UNREACHABLE;
		TypeColumns base = new TypeColumns(new int[] { 600, 600, u, 600, 600, 600 }, new int[6], new int[6]);
		TypeColumns scenario = new TypeColumns(new int[] { 600, 300, 900, 3_000, 9_000, u }, new int[6], new int[6]);
		assertThat(RunExports.changes(base, scenario)).containsExactly(RunExports.NO_CHANGE, RunExports.FASTER,
				RunExports.GAINED_ACCESS, 1, 3, RunExports.LOST_ACCESS);
	}

	@Test
	void runsWithDifferentLimitsAreNotCompared() {
		AnalysisRun first = startAndWait(world.request("Tre gränser"));
		RunRequest two = new RunRequest("Två gränser", world.gridId(), world.networkId(), world.pointSetId(),
				new RunSettings(1000, 500, 20, List.of(15, 45)), List.of("grocery_full", "pharmacy"));
		AnalysisRun second = startAndWait(two);

		assertThatThrownBy(() -> SystemUser.call(() -> runs.compare(first.id(), second.id(), "pharmacy")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("analysis.compare.differentThresholds");
		assertThat(SystemUser.call(() -> runs.comparable(first.id()))).noneMatch(r -> r.id() == second.id());
	}

	@Test
	void namesSettingsAndAddedPointsAreBounded() {
		RunSettings defaults = RunSettings.defaults();
		assertThatThrownBy(() -> SystemUser.call(() -> runs.start(new RunRequest("x".repeat(301), world.gridId(),
				world.networkId(), world.pointSetId(), null, null))))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("analysis.run.invalid.name");
		assertThatThrownBy(() -> RunService.check(new RunSettings(6000, 500, 20, List.of(10))))
			.hasMessageContaining("cellSnapMeters");
		assertThatThrownBy(() -> RunService.check(new RunSettings(1000, 500, 0.5, List.of(10))))
			.hasMessageContaining("connectorSpeedKmh");
		assertThatThrownBy(() -> RunService.check(new RunSettings(1000, 500, 20, List.of(10, 601))))
			.hasMessageContaining("thresholds");
		assertThatThrownBy(() -> RunService.check(new RunSettings(1000, 500, 20,
				List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)))).hasMessageContaining("thresholds");
		RunService.check(defaults);

		AnalysisRun base = startAndWait(world.request("Bas"));
		List<AnalysisRun.AddedPoint> many = new java.util.ArrayList<>();
		for (int i = 0; i < 101; i++) {
			many.add(new AnalysisRun.AddedPoint("pharmacy", "Ny " + i, 0, 0));
		}
		assertThatThrownBy(() -> SystemUser.call(() -> runs.startScenario(base.id(), new ScenarioRequest(null, List.of(), many))))
			.hasMessageContaining("analysis.scenario.invalid.tooManyAdded");
		assertThatThrownBy(() -> SystemUser.call(() -> runs.startScenario(base.id(), new ScenarioRequest(null, List.of(),
				List.of(new AnalysisRun.AddedPoint("pharmacy", "x".repeat(301), 0, 0))))))
			.hasMessageContaining("analysis.scenario.invalid.addName");
	}

	@Test
	void closureImpactIsKeptPerAgeGroupWithTheGridsNames() {
		AnalysisFixtures.World aged = AnalysisFixtures.create(data, "ålder " + System.nanoTime(), true);
		AnalysisRun run = startAndWait(aged.request("Åldrar"));

		PointImpact pharmacy = SystemUser.call(() -> runs.impacts(run.id(), new ImpactFilter("pharmacy", null, null, null)))
			.get(0);
		assertThat(pharmacy.byAge()).extracting(RunResults.AgeGroupImpact::ageGroup).containsExactly("0-64", "65+");
		assertThat(pharmacy.byAge().get(0).affected() + pharmacy.byAge().get(1).affected()).isEqualTo(pharmacy.affected());
		assertThat(pharmacy.byAge().get(1).pushedPast()).hasSize(3);
		PointImpact grocery = SystemUser.call(() -> runs.impacts(run.id(), new ImpactFilter("grocery_full", null, null, null)))
			.get(0);
		assertThat(grocery.byAge().get(0).pushedPast().get(0) + grocery.byAge().get(1).pushedPast().get(0))
			.isEqualTo(grocery.pushedPast().get(0));
	}

}
