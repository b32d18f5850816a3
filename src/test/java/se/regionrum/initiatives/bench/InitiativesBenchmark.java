package se.regionrum.initiatives.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.regionrum.RegionrumApplication;
import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.initiatives.InitiativesFixtures;
import se.regionrum.platform.TestAuthentication;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.Goals;

/**
 * Loads 10,000 synthetic initiatives over 15 municipalities (with goals, themes, obstacles,
 * funding and status history), warms up, then times the initiative list (first page and a
 * filtered page), the coverage matrix and a municipality page through the whole MVC stack with
 * security and Thymeleaf rendering, and counts the SQL statements of each request.
 * <p>
 * Not a unit test. Run (H2 in memory):
 *
 * <pre>
 * ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/bench.cp) se.regionrum.initiatives.bench.InitiativesBenchmark
 * </pre>
 *
 * On PostgreSQL, point it at an empty database that may be filled:
 * {@code REGIONRUM_DB_URL=jdbc:postgresql://localhost:5432/regionrum_bench REGIONRUM_DB_USERNAME=postgres java … InitiativesBenchmark --spring.profiles.active=postgres}.
 * Optional system properties: {@code -Dbench.initiatives=10000 -Dbench.requests=200}.
 */
public final class InitiativesBenchmark {

	private InitiativesBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = Integer.getInteger("bench.initiatives", 10_000);
		int requests = Integer.getInteger("bench.requests", 200);
		List<String> all = new ArrayList<>(List.of("--server.port=0", "--regionrum.demo.mode=never",
				"--regionrum.admin.password=bench-admin-password", "--logging.level.root=WARN",
				"--spring.main.banner-mode=off"));
		if (Arrays.stream(args).noneMatch(a -> a.contains("postgres"))) {
			all.add("--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
		}
		all.addAll(Arrays.asList(args));
		SpringApplication app = new SpringApplication(RegionrumApplication.class);
		app.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(new StatementCounter()));
		ConfigurableApplicationContext context = app.run(all.toArray(String[]::new));
		try {
			run(context, count, requests);
		}
		finally {
			context.close();
		}
	}

	private static void run(ConfigurableApplicationContext context, int count, int requests) throws Exception {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		Organisations organisations = context.getBean(Organisations.class);
		InitiativesFixtures.ensure(jdbc, organisations, context.getBean(OrganisationService.class));
		List<OrganisationRef> municipalities = organisations.municipalities();
		List<GoalRef> goals = context.getBean(Goals.class).regionalStrategyGoals();
		long existing = jdbc.sql("select count(*) from initiative").query(Long.class).single();
		long started = System.nanoTime();
		if (existing < count) {
			load(context.getBean(JdbcTemplate.class), municipalities, goals, (int) (count - existing));
		}
		System.out.printf("Data: %d initiatives, %d obstacles, %d funding lines over %d municipalities, %d goals (loaded in %.1f s)%n",
				jdbc.sql("select count(*) from initiative").query(Long.class).single(),
				jdbc.sql("select count(*) from obstacle").query(Long.class).single(),
				jdbc.sql("select count(*) from funding_line").query(Long.class).single(), municipalities.size(),
				goals.size(), (System.nanoTime() - started) / 1e9);

		if (Boolean.getBoolean("bench.profile")) {
			profile(context, municipalities);
		}
		MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
		Authentication admin = TestAuthentication.admin();
		long area = goals.stream().filter(g -> g.parentId() == null).findFirst().map(GoalRef::id).orElse(0L);
		Map<String, IntFunction<RequestBuilder>> endpoints = new LinkedHashMap<>();
		endpoints.put("initiative list, page 1 (anonymous)", i -> get("/initiatives"));
		endpoints.put("initiative list, page 1 (signed in)", i -> get("/initiatives").with(authentication(admin)));
		endpoints.put("initiative list, filtered (municipality+goal area+status)",
				i -> get("/initiatives").param("municipality", String.valueOf(municipalities.get(i % municipalities.size()).id()))
					.param("goal", String.valueOf(area)).param("status", "UNDER_WAY").param("sort", "updated")
					.param("dir", "desc"));
		endpoints.put("initiative list, filtered (theme+source+practice case), page 3",
				i -> get("/initiatives").param("theme", "SERVICE").param("source", "REGIONAL_DEVELOPMENT_FUNDS")
					.param("practiceCase", "false").param("page", "2"));
		endpoints.put("API list, 100 per page", i -> get("/api/v1/initiatives").param("size", "100"));
		endpoints.put("coverage matrix (anonymous)", i -> get("/coverage"));
		endpoints.put("coverage matrix (signed in)", i -> get("/coverage").with(authentication(admin)));
		endpoints.put("municipality page", i -> get("/municipalities/" + municipalities.get(i % municipalities.size()).id()));
		endpoints.put("statistics (charts and totals)", i -> get("/initiatives/statistics"));
		// H2 answers a repeated query from its result cache while the tables are unchanged; these
		// change a row before every request, as a busy day would, so every query really runs.
		endpoints.put("COLD initiative list, filtered (municipality+goal area+status)",
				endpoints.get("initiative list, filtered (municipality+goal area+status)"));
		endpoints.put("COLD coverage matrix (anonymous)", i -> get("/coverage"));
		endpoints.put("COLD coverage matrix (signed in)", i -> get("/coverage").with(authentication(admin)));
		endpoints.put("COLD municipality page",
				i -> get("/municipalities/" + municipalities.get(i % municipalities.size()).id()));
		endpoints.put("COLD statistics (charts and totals)", i -> get("/initiatives/statistics"));

		System.out.printf("%n%-62s %8s %8s %8s %8s %10s%n", "endpoint (" + requests + " requests after warm-up)", "p50 ms",
				"p95 ms", "p99 ms", "max ms", "SQL/req");
		for (var endpoint : endpoints.entrySet()) {
			boolean cold = endpoint.getKey().startsWith("COLD");
			for (int i = 0; i < 30; i++) {
				touch(jdbc, cold, i);
				check(mvc.perform(endpoint.getValue().apply(i)).andReturn(), endpoint.getKey());
			}
			long[] nanos = new long[requests];
			long minStatements = Long.MAX_VALUE;
			long maxStatements = 0;
			for (int i = 0; i < requests; i++) {
				touch(jdbc, cold, i);
				long before = StatementCounter.STATEMENTS.get();
				long t0 = System.nanoTime();
				MvcResult result = mvc.perform(endpoint.getValue().apply(i)).andReturn();
				nanos[i] = System.nanoTime() - t0;
				long statements = StatementCounter.STATEMENTS.get() - before;
				minStatements = Math.min(minStatements, statements);
				maxStatements = Math.max(maxStatements, statements);
				check(result, endpoint.getKey());
			}
			Arrays.sort(nanos);
			System.out.printf("%-62s %8.1f %8.1f %8.1f %8.1f %10s%n", endpoint.getKey(), percentile(nanos, 50),
					percentile(nanos, 95), percentile(nanos, 99), nanos[nanos.length - 1] / 1e6,
					minStatements == maxStatements ? String.valueOf(maxStatements) : minStatements + "–" + maxStatements);
		}
		// no N+1: the cost of a list page does not grow with its size
		for (int size : new int[] { 10, 100, 500 }) {
			long before = StatementCounter.STATEMENTS.get();
			check(mvc.perform(get("/api/v1/initiatives").param("size", String.valueOf(size))).andReturn(), "size " + size);
			System.out.printf("API list with %3d items: %d SQL statements%n", size, StatementCounter.STATEMENTS.get() - before);
		}
	}

	/** Times the parts of the coverage matrix and the municipality page one by one. */
	private static void profile(ConfigurableApplicationContext context, List<OrganisationRef> municipalities) {
		var coverage = context.getBean(se.regionrum.initiatives.coverage.CoverageQueries.class);
		var service = context.getBean(se.regionrum.initiatives.initiative.InitiativeService.class);
		var queries = context.getBean(se.regionrum.initiatives.initiative.InitiativeQueries.class);
		var totals = context.getBean(se.regionrum.initiatives.funding.FundingQueries.class);
		var obstacles = context.getBean(se.regionrum.initiatives.obstacle.ObstacleService.class);
		var tree = coverage.regionalGoals();
		var all = service.criteria(se.regionrum.initiatives.initiative.InitiativeFilter.none());
		int[] k = { 0 };
		java.util.function.Supplier<OrganisationRef> next = () -> municipalities.get(k[0]++ % municipalities.size());
		java.util.function.Function<OrganisationRef, se.regionrum.initiatives.initiative.InitiativeQueries.Criteria> one =
				o -> service.criteria(se.regionrum.initiatives.initiative.InitiativeFilter.ofMunicipality(o.id()));
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		Runnable touch = () -> jdbc.sql("update initiative set updated_at = updated_at where id = 1").update();
		Map<String, Runnable> parts = new LinkedHashMap<>();
		parts.put("coverage matrix", () -> { touch.run(); coverage.matrix(all, tree, municipalities); });
		parts.put("coverage, one municipality", () -> { touch.run(); var o = next.get(); coverage.matrix(one.apply(o), tree, List.of(o)); });
		parts.put("funding totals", () -> { touch.run(); totals.summary(all, tree); });
		parts.put("funding totals, one municipality", () -> { touch.run(); totals.summary(one.apply(next.get()), tree); });
		parts.put("list page, one municipality", () -> { touch.run(); queries.find(one.apply(next.get()), 0, 25); });
		parts.put("status counts, one municipality", () -> { touch.run(); queries.countByStatus(one.apply(next.get())); });
		parts.put("open obstacles, one municipality", () -> { touch.run(); obstacles.openByRemover(next.get().id()); });
		for (var part : parts.entrySet()) {
			for (int i = 0; i < 20; i++) {
				part.getValue().run();
			}
			long[] nanos = new long[50];
			for (int i = 0; i < nanos.length; i++) {
				long t0 = System.nanoTime();
				part.getValue().run();
				nanos[i] = System.nanoTime() - t0;
			}
			Arrays.sort(nanos);
			System.out.printf("profile %-40s p50 %6.1f ms  p95 %6.1f ms%n", part.getKey(), percentile(nanos, 50),
					percentile(nanos, 95));
		}
	}

	private static void touch(JdbcClient jdbc, boolean cold, int i) {
		if (cold) {
			jdbc.sql("update initiative set updated_at = updated_at where id = ?").param(1L + i % 100).update();
			jdbc.sql("update initiative_goal set goal_id = goal_id where initiative = ?").param(1L + i % 100).update();
			jdbc.sql("update funding_line set note = note where id = ?").param(1L + i % 100).update();
		}
	}

	private static void check(MvcResult result, String name) throws Exception {
		if (result.getResponse().getStatus() != 200) {
			throw new IllegalStateException(name + " answered " + result.getResponse().getStatus());
		}
	}

	private static double percentile(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	private static final String[] STATUSES = { "IDEA", "PREPARATION", "DECIDED", "UNDER_WAY", "UNDER_WAY", "COMPLETED",
			"FOLLOWED_UP", "PAUSED", "STOPPED" };

	private static final String[] LEVELS = { "LOCAL", "LOCAL", "LOCAL", "INTERMUNICIPAL", "REGIONAL", "INTERREGIONAL",
			"NATIONAL" };

	private static final String[] THEMES = { "BUSINESS", "SKILLS", "HOUSING", "TRANSPORT", "ENERGY", "SERVICE",
			"TOURISM", "FOOD", "CULTURE", "HEALTH", "CLIMATE", "DIGITAL", "PLANNING", "EDUCATION" };

	private static final String[] SOURCES = { "REGIONAL_DEVELOPMENT_FUNDS", "STRUCTURAL_FUNDS", "RURAL_PROGRAMME",
			"MUNICIPAL", "STATE_AGENCY", "PRIVATE" };

	private static final String[] OBSTACLE_KINDS = { "REGULATION", "FINANCING", "COMPETENCE", "INFRASTRUCTURE",
			"HOUSING", "ELECTRICITY", "OTHER" };

	private static final String[] REMOVERS = { "MUNICIPALITY", "REGION", "COUNTY_ADMINISTRATIVE_BOARD",
			"NATIONAL_AGENCY" };

	private static final String[] OBSTACLE_STATUSES = { "OPEN", "BEING_HANDLED", "REMOVED" };

	/** Inserts synthetic initiatives in batches, straight into the module's tables. */
	static void load(JdbcTemplate jdbc, List<OrganisationRef> municipalities, List<GoalRef> goals, int count) {
		Random random = new Random(42);
		Timestamp now = Timestamp.from(Instant.now());
		long firstId = jdbc.queryForObject("select coalesce(max(id), 0) from initiative", Long.class) + 1;
		List<Object[]> initiatives = new ArrayList<>();
		List<Object[]> places = new ArrayList<>();
		List<Object[]> goalLinks = new ArrayList<>();
		List<Object[]> themes = new ArrayList<>();
		List<Object[]> obstacles = new ArrayList<>();
		List<Object[]> funding = new ArrayList<>();
		List<Object[]> history = new ArrayList<>();
		List<GoalRef> linkable = goals.stream().filter(g -> g.parentId() != null).toList();
		for (int n = 0; n < count; n++) {
			long id = firstId + n;
			OrganisationRef home = municipalities.get(random.nextInt(municipalities.size()));
			String status = STATUSES[random.nextInt(STATUSES.length)];
			LocalDate since = LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28));
			boolean point = random.nextInt(3) > 0;
			initiatives.add(new Object[] { id, "Syntetiskt initiativ " + id + " i " + home.name(),
					"Beskrivning av initiativ " + id, home.id(), LEVELS[random.nextInt(LEVELS.length)], status,
					Date.valueOf(since), point ? "POINT" : "MUNICIPALITIES", point ? 60 + random.nextDouble() * 2 : null,
					point ? 13 + random.nextDouble() * 3 : null, random.nextInt(10) == 0, random.nextInt(15) == 0,
					random.nextInt(5) > 0, 2020 + random.nextInt(6), now, now });
			places.add(new Object[] { id, home.id() });
			if (random.nextInt(4) == 0) {
				OrganisationRef other = municipalities.get(random.nextInt(municipalities.size()));
				if (other.id() != home.id()) {
					places.add(new Object[] { id, other.id() });
				}
			}
			if (!linkable.isEmpty()) {
				int links = 1 + random.nextInt(3);
				java.util.Set<Long> chosen = new java.util.HashSet<>();
				for (int l = 0; l < links; l++) {
					chosen.add(linkable.get(random.nextInt(linkable.size())).id());
				}
				chosen.forEach(g -> goalLinks.add(new Object[] { id, g }));
			}
			String first = THEMES[random.nextInt(THEMES.length)];
			String second = THEMES[random.nextInt(THEMES.length)];
			themes.add(new Object[] { id, first });
			if (!second.equals(first)) {
				themes.add(new Object[] { id, second });
			}
			for (int o = random.nextInt(4); o > 0; o--) {
				obstacles.add(new Object[] { id, OBSTACLE_KINDS[random.nextInt(OBSTACLE_KINDS.length)],
						"Hinder " + o + " för " + id, REMOVERS[random.nextInt(REMOVERS.length)],
						OBSTACLE_STATUSES[random.nextInt(OBSTACLE_STATUSES.length)], Date.valueOf(since), now, now });
			}
			for (int f = random.nextInt(4); f > 0; f--) {
				long applied = 50_000L * (1 + random.nextInt(100));
				long granted = applied * random.nextInt(11) / 10;
				funding.add(new Object[] { id, SOURCES[random.nextInt(SOURCES.length)], 2019 + random.nextInt(7), applied,
						granted, granted * random.nextInt(11) / 10, now, now });
			}
			history.add(new Object[] { id, status, Date.valueOf(since), now });
		}
		jdbc.batchUpdate("""
				insert into initiative (id, title, description, owner_organisation_id, level, status, status_changed_on,
				    place_kind, latitude, longitude, practice_case, pilot_project, published, start_year, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", initiatives);
		jdbc.batchUpdate("insert into initiative_municipality (initiative, organisation_id) values (?, ?)", places);
		jdbc.batchUpdate("insert into initiative_goal (initiative, goal_id) values (?, ?)", goalLinks);
		jdbc.batchUpdate("insert into initiative_theme (initiative, theme) values (?, ?)", themes);
		jdbc.batchUpdate("""
				insert into obstacle (initiative_id, kind, title, remover, status, identified_on, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", obstacles);
		jdbc.batchUpdate("""
				insert into funding_line (initiative_id, source, funding_year, amount_applied, amount_granted, amount_spent,
				    created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", funding);
		jdbc.batchUpdate("""
				insert into initiative_status_change (initiative_id, to_status, changed_on, changed_at, changed_by)
				values (?, ?, ?, ?, 'benchmark')""", history);
		// identity values continue after the explicit ids (one statement per database; the other fails harmlessly)
		long next = firstId + count;
		for (String sql : new String[] { "alter table initiative alter column id restart with " + next,
				"select setval(pg_get_serial_sequence('initiative', 'id'), " + (next - 1) + ")" }) {
			try {
				jdbc.execute(sql);
			}
			catch (RuntimeException ex) {
				// not this database's dialect
			}
		}
	}

}
