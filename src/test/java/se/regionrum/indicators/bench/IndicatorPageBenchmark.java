package se.regionrum.indicators.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.regionrum.actors.Organisations;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.bench.HttpBenchmark;
import se.regionrum.indicators.Area;
import se.regionrum.indicators.Areas;
import se.regionrum.indicators.Gender;
import se.regionrum.indicators.IndicatorSource;
import se.regionrum.indicators.IndicatorValue;
import se.regionrum.indicators.ValueStatus;
import se.regionrum.indicators.indicator.GoalLinkForm;
import se.regionrum.indicators.indicator.IndicatorForm;
import se.regionrum.indicators.indicator.IndicatorService;
import se.regionrum.indicators.indicator.IndicatorValueQueries;
import se.regionrum.initiatives.InitiativesFixtures;
import se.regionrum.platform.SystemUser;

/**
 * Times the indicator page of an indicator with values for every area (Sweden's 290 municipalities, 21
 * regions and the country) over 17 years and three genders (about 15,900 values), through the whole stack
 * over HTTP (security, services, Thymeleaf), as an anonymous visitor; also the values CSV and the API.
 * Prints median, 95th percentile and max in milliseconds. Target: page p95 under 200 ms.
 * <p>
 * Not a unit test. Run (H2 in memory):
 *
 * <pre>
 * ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/bench.cp) se.regionrum.indicators.bench.IndicatorPageBenchmark
 * </pre>
 *
 * On PostgreSQL add {@code --spring.profiles.active=postgres --spring.datasource.url=jdbc:postgresql://…}.
 * Optional system properties: {@code -Dbench.years=17 -Dbench.requests=100}.
 */
public final class IndicatorPageBenchmark {

	private IndicatorPageBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int years = Integer.getInteger("bench.years", 17);
		int requests = Integer.getInteger("bench.requests", 100);
		try (HttpBenchmark bench = HttpBenchmark.start("indicatorbench", args)) {
			long id = SystemUser.call(() -> fill(bench.context(), years));
			String page = "/indicators/" + id;
			bench.time("indicator page", page, 60, requests);
			bench.time("page, women, 2015", page + "?gender=K&year=2015&area=2080&area=2062", 60, requests);
			bench.time("values CSV", page + "/values.csv", 10, Math.max(10, requests / 5));
			bench.time("API values (all)", "/api/v1" + page + "/values", 10, Math.max(10, requests / 5));
		}
	}

	private static long fill(ConfigurableApplicationContext context, int years) {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		InitiativesFixtures.ensure(jdbc, context.getBean(Organisations.class), context.getBean(OrganisationService.class));
		IndicatorService service = context.getBean(IndicatorService.class);
		String code = "BENCH" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
		long id = service.create(new IndicatorForm(code, "Benchmark-tal", "%", null, IndicatorSource.OWN, null, null,
				true, List.<GoalLinkForm>of())).id();
		IndicatorValueQueries writer = context.getBean(IndicatorValueQueries.class);
		List<Area> areas = context.getBean(Areas.class).all().stream()
			.filter(a -> a.kind() != se.regionrum.indicators.AreaKind.ABROAD).toList();
		Random random = new Random(290);
		int last = 2024;
		new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
			List<IndicatorValue> batch = new ArrayList<>();
			for (Area area : areas) {
				double base = 60 + random.nextDouble() * 25;
				for (int y = last - years + 1; y <= last; y++) {
					for (Gender g : Gender.values()) {
						double v = base + (y - 2008) * 0.3 + (g == Gender.K ? -1.5 : g == Gender.M ? 1.5 : 0)
								+ random.nextGaussian() * 0.4;
						batch.add(new IndicatorValue(id, area.code(), y, g, Math.round(v * 10) / 10.0,
								y == last ? ValueStatus.PROVISIONAL : ValueStatus.FINAL, false));
					}
				}
				if (batch.size() >= 3000) {
					writer.mergeValues(batch);
					batch.clear();
				}
			}
			writer.mergeValues(batch);
		});
		long count = jdbc.sql("select count(*) from indicator_value where indicator_id = ?").param(id).query(Long.class)
			.single();
		System.out.printf("indicator %d: %,d values (%d areas, %d years, 3 genders)%n", id, count, areas.size(), years);
		return id;
	}

}
