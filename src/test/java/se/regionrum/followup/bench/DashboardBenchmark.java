package se.regionrum.followup.bench;

import java.util.Collections;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.bench.HttpBenchmark;
import se.regionrum.followup.FollowupFixtures;
import se.regionrum.initiatives.InitiativesFixtures;

/**
 * Times the goal dashboard of a strategy with 50 goals and 200 linked indicators (four per goal, each with
 * ten years of regional values and a target), 100 initiatives with funding, a consultation and 50
 * programmes, through the whole stack over HTTP (security, services, Thymeleaf), as a visitor reading a
 * published strategy's follow-up page and its JSON. Prints the median, 90th and 95th percentile and the
 * maximum in milliseconds. Target: p95 under 200 ms.
 * <p>
 * Not a unit test. Run (H2 in memory):
 *
 * <pre>
 * ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/bench.cp) se.regionrum.followup.bench.DashboardBenchmark
 * </pre>
 *
 * Optional system properties: {@code -Dbench.goals=50 -Dbench.indicatorsPerGoal=4 -Dbench.requests=100}.
 * Pass {@code --spring.profiles.active=postgres} (with REGIONRUM_DB_URL) to run it on PostgreSQL.
 */
public final class DashboardBenchmark {

	private DashboardBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int goals = Integer.getInteger("bench.goals", 50);
		int perGoal = Integer.getInteger("bench.indicatorsPerGoal", 4);
		int requests = Integer.getInteger("bench.requests", 100);
		try (HttpBenchmark bench = HttpBenchmark.start("dashboardbench", args)) {
			long id = fill(bench.context(), goals, perGoal);
			System.out.printf("strategy %d: %d goals, %d linked indicators%n", id, goals, goals * perGoal);
			bench.time("dashboard page (HTML)", "/strategies/" + id + "/follow-up", 10, requests);
			bench.time("dashboard JSON", "/api/v1/strategies/" + id + "/follow-up", 10, requests);
		}
	}

	private static long fill(ConfigurableApplicationContext context, int goals, int perGoal) {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		Organisations organisations = context.getBean(Organisations.class);
		InitiativesFixtures.ensure(jdbc, organisations, context.getBean(OrganisationService.class));
		OrganisationRef region = organisations.findByName("Region Dalarna").orElseThrow();
		List<OrganisationRef> municipalities = organisations.municipalities();
		String area = "00" + region.countyCode();
		FollowupFixtures fixtures = new FollowupFixtures(jdbc);
		String token = Long.toString(System.nanoTime(), 36);
		FollowupFixtures.StrategyGoals s = fixtures.strategy("Benchmarkstrategin", region.id(), true, 2021, goals);
		for (int g = 0; g < goals; g++) {
			long goal = s.goalIds().get(g);
			for (int i = 0; i < perGoal; i++) {
				double[] values = new double[10];
				for (int y = 0; y < values.length; y++) {
					values[y] = 50 + g + i * 3 + y * (i % 2 == 0 ? 0.7 : -0.4);
				}
				long indicator = fixtures.indicator(token + "-" + g + "-" + i, "Indikator " + (g + 1) + "." + (i + 1),
						i % 3 != 0, area, 2015, values);
				fixtures.link(indicator, goal, 60.0 + i, 2030);
			}
			for (int k = 0; k < 2; k++) {
				OrganisationRef m = municipalities.get((g * 2 + k) % municipalities.size());
				fixtures.initiative("Initiativ " + g + "-" + k, m.id(), m.id(), goal, k == 0 ? "UNDER_WAY" : "IDEA", true,
						false, 200_000, 150_000, 50_000);
			}
			fixtures.programme("Program " + g, region.id(), goal, true);
		}
		fixtures.consultation(s.strategyId(), s.goalIds(), municipalities.stream().limit(10).map(OrganisationRef::id).toList(),
				Collections.nCopies(10, "SUPPORTS"));
		return s.strategyId();
	}

}
