package se.regionrum.followup.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.actors.Organisations;
import se.regionrum.bench.HttpBenchmark;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.followup.programme.ActionArea;
import se.regionrum.followup.programme.ActionAreaForm;
import se.regionrum.followup.programme.ActionAreaService;
import se.regionrum.followup.programme.ActivityForm;
import se.regionrum.followup.programme.ActivityKind;
import se.regionrum.followup.programme.ActivityService;
import se.regionrum.followup.programme.CostKind;
import se.regionrum.followup.programme.CostLineForm;
import se.regionrum.followup.programme.CostLineService;
import se.regionrum.followup.programme.Measure;
import se.regionrum.followup.programme.MeasureKind;
import se.regionrum.followup.programme.Partner;
import se.regionrum.followup.programme.Programme;
import se.regionrum.followup.programme.ProgrammeCommand;
import se.regionrum.followup.programme.ProgrammeKind;
import se.regionrum.followup.programme.ProgrammeService;
import se.regionrum.followup.programme.ProgrammeStatus;
import se.regionrum.initiatives.InitiativesFixtures;
import se.regionrum.platform.SystemUser;

/**
 * Times the final report of a programme with 200 activities (in five action areas) and ten years
 * of budget over five cost kinds, as the web page and as the PDF, through the whole stack over
 * HTTP (security, services, Thymeleaf, openhtmltopdf), as a visitor reading a published report.
 * Prints the median and 90th percentile in milliseconds. Target: under 2 s each.
 * <p>
 * Not a unit test. Run (H2 in memory):
 *
 * <pre>
 * ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/bench.cp) se.regionrum.followup.bench.ReportBenchmark
 * </pre>
 *
 * Optional system properties: {@code -Dbench.activities=200 -Dbench.years=10 -Dbench.requests=30}.
 */
public final class ReportBenchmark {

	private ReportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int activities = Integer.getInteger("bench.activities", 200);
		int years = Integer.getInteger("bench.years", 10);
		int requests = Integer.getInteger("bench.requests", 30);
		try (HttpBenchmark bench = HttpBenchmark.start("reportbench", args)) {
			long id = SystemUser.call(() -> fill(bench.context(), activities, years));
			String path = "/programmes/" + id + "/report";
			bench.time("report page (HTML)", path, 5, requests);
			bench.time("report PDF", path + ".pdf", 5, requests);
		}
	}

	private static long fill(ConfigurableApplicationContext context, int activityCount, int years) {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		Organisations organisations = context.getBean(Organisations.class);
		InitiativesFixtures.ensure(jdbc, organisations, context.getBean(OrganisationService.class));
		ProgrammeService service = context.getBean(ProgrammeService.class);
		ActionAreaService areaService = context.getBean(ActionAreaService.class);
		ActivityService activityService = context.getBean(ActivityService.class);
		CostLineService costService = context.getBean(CostLineService.class);
		long owner = organisations.findByName("Region Dalarna").orElseThrow().id();
		int firstYear = 2016;
		List<Partner> partners = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			partners.add(new Partner(null, "Samarbetspart " + i, "roll " + i));
		}
		Programme p = service.create(new ProgrammeCommand(ProgrammeKind.PROGRAMME, "Benchmarkprogrammet",
				"Sammanfattning ".repeat(40), "Syfte ".repeat(30), "Mål ".repeat(20), LocalDate.of(firstYear, 1, 1),
				LocalDate.of(firstYear + years - 1, 12, 31), ProgrammeStatus.COMPLETED, owner, null, null,
				"Spridning ".repeat(10), true, List.of(), partners, List.of("Resultat ett", "Resultat två"),
				List.of("Lärdom ett", "Lärdom två"), List.of(new Measure(MeasureKind.PLAN_COVERAGE, "SERVICEPLAN"),
						new Measure(MeasureKind.MEETINGS_AND_PARTICIPANTS, null)), List.of()));
		List<ActionArea> areas = new ArrayList<>();
		for (int a = 1; a <= 5; a++) {
			areas.add(areaService.addActionArea(p.id(), new ActionAreaForm("Insatsområde " + a, "Beskrivning " + a, a)));
		}
		ActivityKind[] kinds = { ActivityKind.THEME_MEETING, ActivityKind.STUDY_TRIP, ActivityKind.SEMINAR,
				ActivityKind.INFORMATION, ActivityKind.COMPANY_VISIT, ActivityKind.CONFERENCE };
		int days = years * 365 - 2;
		for (int i = 0; i < activityCount; i++) {
			activityService.addActivity(p.id(), new ActivityForm(areas.get(i % areas.size()).id(), kinds[i % kinds.length], null,
					"Aktivitet nummer " + i + " om service på landsbygden", LocalDate.of(firstYear, 1, 1).plusDays((long) i * days / activityCount),
					"Ort " + (i % 15), 10 + i % 50, i % 3 == 0 ? "En kort redovisning av vad som gjordes och vad det ledde till." : null));
		}
		for (int y = 0; y < years; y++) {
			for (CostKind kind : costService.costKinds()) {
				costService.addCostLine(p.id(), new CostLineForm(firstYear + y, kind.id(), 100_000L + y * 1_000L,
						95_000L + y * 1_250L, null));
			}
		}
		return p.id();
	}

}
