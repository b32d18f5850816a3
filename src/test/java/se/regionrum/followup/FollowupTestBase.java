package se.regionrum.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.followup.demo.FollowupDemoData;
import se.regionrum.followup.demo.HandbookDemoData;
import se.regionrum.followup.handbook.HandbookService;
import se.regionrum.followup.handbook.HandbookSummary;
import se.regionrum.followup.mapcomposer.LayerKind;
import se.regionrum.followup.mapcomposer.LayerOptions;
import se.regionrum.followup.mapcomposer.MapComposition;
import se.regionrum.followup.mapcomposer.MapCompositionService;
import se.regionrum.followup.mapcomposer.MapForm;
import se.regionrum.followup.mapcomposer.MapRequest;
import se.regionrum.followup.method.WorkingMethod;
import se.regionrum.followup.method.WorkingMethodForm;
import se.regionrum.followup.method.WorkingMethodService;
import se.regionrum.followup.programme.ActionArea;
import se.regionrum.followup.programme.ActionAreaForm;
import se.regionrum.followup.programme.ActionAreaService;
import se.regionrum.followup.programme.ActivityService;
import se.regionrum.followup.programme.CostLineService;
import se.regionrum.followup.programme.EvaluationService;
import se.regionrum.followup.programme.Programme;
import se.regionrum.followup.programme.ProgrammeCommand;
import se.regionrum.followup.programme.ProgrammeFilter;
import se.regionrum.followup.programme.ProgrammeKind;
import se.regionrum.followup.programme.ProgrammeService;
import se.regionrum.followup.programme.ProgrammeStatus;
import se.regionrum.followup.report.ReportService;
import se.regionrum.initiatives.InitiativesFixtures;
import se.regionrum.initiatives.demo.InitiativesDemoData;
import se.regionrum.initiatives.initiative.Initiative;
import se.regionrum.initiatives.initiative.InitiativeForm;
import se.regionrum.initiatives.initiative.InitiativeService;
import se.regionrum.initiatives.initiative.Theme;
import se.regionrum.initiatives.practice.PracticeStoryForm;
import se.regionrum.initiatives.practice.PracticeStoryService;
import se.regionrum.platform.SystemUser;

/**
 * The Dalarna organisations the follow-up tests use, small programmes owned by them, and working
 * methods, practice cases and the demo handbook for the handbook tests; map compositions, and
 * indicator values and flows inserted as rows, for the map tests.
 */
public abstract class FollowupTestBase {

	/** A string that tries every trick: a script, a javascript: link, an event handler. */
	public static final String HOSTILE = "<script>alert('x')</script> [klicka](javascript:alert(1)) <img src=x onerror=alert(2)> <a href=\"javascript:alert(3)\">länk</a>";

	protected static final String TITLE = "Kommuner som möjliggörare av regional utveckling";

	/** The demo programme whose final report the demo reproduces. */
	protected static final String SEED_003 = "Processledning Regionala serviceprogrammet 2016–2019";

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected Organisations organisations;

	@Autowired
	protected OrganisationService organisationService;

	@Autowired
	protected ProgrammeService programmes;

	@Autowired
	protected ActionAreaService areaService;

	@Autowired
	protected ActivityService activityService;

	@Autowired
	protected CostLineService costService;

	@Autowired
	protected EvaluationService evaluationService;

	@Autowired
	protected ReportService reports;

	@Autowired
	protected InitiativeService initiatives;

	@Autowired
	protected PracticeStoryService stories;

	@Autowired
	protected WorkingMethodService methods;

	@Autowired
	protected HandbookService handbooks;

	@Autowired
	protected FollowupDemoData followupDemo;

	@Autowired
	protected HandbookDemoData handbookDemo;

	@Autowired
	protected InitiativesDemoData initiativesDemo;

	@Autowired
	protected MapCompositionService maps;

	protected OrganisationRef falun;

	protected OrganisationRef mora;

	@BeforeEach
	void world() {
		InitiativesFixtures.ensure(jdbc, organisations, organisationService);
		falun = organisations.findByScbCode("2080").orElseThrow();
		mora = organisations.findByScbCode("2062").orElseThrow();
	}

	protected static ProgrammeCommand command(String name, long owner, boolean published) {
		return new ProgrammeCommand(ProgrammeKind.PROJECT, name, "Sammanfattning", "Syfte", null,
				LocalDate.of(2016, 1, 1), LocalDate.of(2019, 12, 31), ProgrammeStatus.ONGOING, owner, null, null, null,
				published, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

	protected Programme programme(String name, long owner, boolean published) {
		return SystemUser.call(() -> programmes.create(command(name, owner, published)));
	}

	protected ActionArea area(Programme programme, String name) {
		return SystemUser.call(() -> areaService.addActionArea(programme.id(), new ActionAreaForm(name, null, null)));
	}

	protected static String token() {
		return "T" + Long.toString(System.nanoTime(), 36);
	}

	protected WorkingMethod method(String title, long owner) {
		return SystemUser.call(() -> methods.create(new WorkingMethodForm(title, owner, "Sammanfattning av " + title,
				"När kommunerna behöver höras", "1. Bjud in\n2. Samtala\n3. Följ upp", "Processledare", "En halvdag",
				"Skicka frågorna i förväg", List.of(), List.of())));
	}

	protected Initiative practiceCase(String title, long owner, boolean published) {
		InitiativeForm form = InitiativesFixtures.form(title, owner, List.of(owner), published);
		form.setPracticeCase(true);
		form.setThemes(List.of(Theme.SERVICE));
		Initiative initiative = InitiativesFixtures.create(initiatives, form);
		SystemUser.run(() -> stories.save(initiative.id(), new PracticeStoryForm("Butiken hotades", "Byn tog över",
				"Byaföreningen", "Lokal saknades", "Servicepunkt", "Lokala förutsättningar först")));
		return initiative;
	}

	/** The follow-up demo, loaded (loading it again adds nothing), and the id of its programme of seed 003. */
	protected long demoProgrammeId() {
		SystemUser.run(followupDemo::load);
		return programmes.list(ProgrammeFilter.none()).stream().filter(p -> p.name().equals(SEED_003)).findFirst()
			.orElseThrow().id();
	}

	/** The demo handbook with its first edition, loaded if the database has none. */
	protected long demoHandbookId() {
		return handbooks.list().stream().filter(h -> h.title().equals(TITLE) && h.latestEdition() != null)
			.map(HandbookSummary::id).findFirst()
			.orElseGet(() -> {
				InitiativesFixtures.ensureDemo(jdbc, organisations, organisationService, initiativesDemo);
				SystemUser.run(handbookDemo::load);
				return handbooks.list().stream().filter(h -> h.title().equals(TITLE) && h.latestEdition() != null)
					.map(HandbookSummary::id).reduce((a, b) -> b).orElseThrow();
			});
	}

	/** No element runs script: no script element of the user's, no on* attribute, no javascript: link or source. */
	public static void assertSafe(String page) {
		Document document = Jsoup.parse(page);
		assertThat(document.select("script").stream().filter(s -> s.data().contains("alert")).toList()).isEmpty();
		assertThat(document.select("img[src=x]")).isEmpty();
		for (Element element : document.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				assertThat(attribute.getKey()).as("attribute of <%s>", element.tagName()).doesNotStartWith("on");
				assertThat(attribute.getValue().strip().toLowerCase()).as("%s of <%s>", attribute.getKey(), element.tagName())
					.doesNotStartWith("javascript:");
			}
		}
	}

	/** An indicator with a value for every municipality of the register (2080 Falun highest), for one year. */
	protected long indicatorWithValues(String code, int year) {
		Instant now = Instant.now();
		jdbc.sql("""
				insert into indicator (code, name, unit, source, higher_is_better, created_at, updated_at)
				values (?, ?, 'antal', 'OWN', true, ?, ?)""")
			.params(code, "Testindikator " + code, Timestamp.from(now), Timestamp.from(now))
			.update();
		long id = jdbc.sql("select id from indicator where code = ?").param(code).query(Long.class).single();
		List<String> codes = jdbc.sql("select scb_code from organisation where scb_code is not null and kind = 'MUNICIPALITY'")
			.query(String.class).list();
		int i = 1;
		for (String scb : codes) {
			jdbc.sql("insert into indicator_value (indicator_id, area_code, value_year, gender, amount, example) "
					+ "values (?, ?, ?, 'T', ?, true)")
				.params(id, scb, year, "2080".equals(scb) ? 60000.0 : 1000.0 * i++)
				.update();
		}
		return id;
	}

	/** Flows of a year between Dalarna municipalities (Borlänge and Falun, both ways), unless there are some. */
	protected void flows(int year) {
		if (jdbc.sql("select count(*) from commuting_flow where flow_year = ?").param(year).query(Long.class)
			.single() > 0) {
			return;
		}
		jdbc.sql("insert into commuting_flow (home_code, work_code, flow_year, gender, persons, example) values "
				+ "('2081', '2080', ?, 'T', 4200, true), ('2080', '2081', ?, 'T', 3100, true), "
				+ "('2062', '2080', ?, 'T', 150, true)")
			.params(year, year, year)
			.update();
	}

	protected MapComposition map(String title, long owner, boolean published, MapRequest.LayerRequest... layers) {
		MapForm form = new MapForm();
		form.setTitle(title);
		form.setSubtitle("Underrubrik");
		form.setSourceLine("SCB, testdata");
		form.setOwnerOrganisationId(owner);
		form.setPublished(published);
		return SystemUser.call(() -> maps.create(form, List.of(layers)));
	}

	protected static MapRequest.LayerRequest layer(LayerKind kind, LayerOptions options) {
		return new MapRequest.LayerRequest(kind, options);
	}

	protected static LayerOptions choropleth(long indicatorId) {
		return new LayerOptions(indicatorId, null, null, null, null, null, null, null, null, null, null, true);
	}

	protected static LayerOptions flowsOf(int year, int minPersons) {
		return new LayerOptions(null, null, year, null, null, null, null, null, null, minPersons, null, null);
	}

}
