package se.regionrum.analysis.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.analysis.AnalysisFixtures;
import se.regionrum.analysis.dataset.DataSetService;
import se.regionrum.analysis.engine.Accessibility;
import se.regionrum.analysis.engine.AccessibilityEngine;
import se.regionrum.analysis.engine.EngineTime;
import se.regionrum.analysis.run.RunResults.MunicipalitySummary;
import se.regionrum.analysis.run.RunResults.PointImpact;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scenario previews through the API and the pages on the test world (a 9 × 9 km grid of roads,
 * one minute a link, a grocery in two opposite corners and a pharmacy in the middle): the answer
 * equals a fresh analysis of the changed points cell by cell and the stored scenario run's
 * figures; bad choices name their field; who may preview; the page and its map.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScenarioPreviewWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSetService data;

	@Autowired
	RunService runs;

	@Autowired
	ScenarioPreviews previews;

	@Autowired
	RunInputs inputs;

	@Autowired
	JsonMapper json;

	AnalysisRun run;

	int westGrocery;

	@BeforeEach
	void world() {
		AnalysisFixtures.World world = AnalysisFixtures.create(data, "förhandsgranskning " + System.nanoTime(), true);
		run = AnalysisFixtures.await(runs, SystemUser.call(() -> runs.start(world.request("Förhandsgranskningstest"))).id());
		westGrocery = SystemUser.call(() -> runs.impacts(run.id(), ImpactFilter.all())).stream()
			.filter(p -> p.name().startsWith("Test-Konsum väst"))
			.mapToInt(PointImpact::seq)
			.findFirst()
			.orElseThrow();
	}

	private String api() {
		return "/api/v1/analysis/runs/" + run.id() + "/scenario-preview";
	}

	/** Closes the west grocery and opens a pharmacy in the south-west corner. */
	private ScenarioRequest request() {
		double[] corner = origin();
		return new ScenarioRequest("Väst stänger", List.of(westGrocery),
				List.of(new AnalysisRun.AddedPoint("pharmacy", "Nytt apotek", corner[0], corner[1])));
	}

	private double[] origin() {
		PointImpact west = SystemUser.call(() -> runs.impacts(run.id(), ImpactFilter.all())).stream()
			.filter(p -> p.seq() == westGrocery)
			.findFirst()
			.orElseThrow();
		return new double[] { west.x(), west.y() };
	}

	private String body(ScenarioRequest request) {
		return json.writeValueAsString(request);
	}

	@Test
	void thePreviewEqualsAFreshAnalysisAndTheStoredScenarioRun() throws Exception {
		ScenarioRequest request = request();
		String answer = mvc.perform(post(api()).with(authentication(TestAuthentication.editorOf(1)))
			.contentType(MediaType.APPLICATION_JSON).content(body(request)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.runId").value(run.id()))
			.andExpect(jsonPath("$.cells.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.cellsTruncated").value(false))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		JsonNode preview = json.readTree(answer);

		// Cell by cell, the engine's answer equals a fresh analysis of the points after the scenario.
		ScenarioPreviews.Evaluated evaluated = SystemUser.call(() -> previews.evaluate(run.id(), request));
		ScenarioPreviews.Prepared p = evaluated.prepared();
		AccessibilityEngine engine = inputs.load(run, () -> {
		}).engine();
		Accessibility fresh = engine.analyse(p.cells(), evaluated.scenario().applyTo(p.servicePoints()), p.settings());
		int changedCells = 0;
		for (int t = 0; t < run.serviceTypes().size(); t++) {
			assertThat(evaluated.result().times(t)).as(run.serviceTypes().get(t)).isEqualTo(fresh.times(t));
			assertThat(evaluated.result().meters(t)).isEqualTo(fresh.meters(t));
			changedCells += previews.changedCells(evaluated, run.serviceTypes().get(t)).cells().length;
		}
		assertThat(preview.path("cells").path("features").size()).isEqualTo(changedCells).isPositive();

		// The figures equal the summaries a stored scenario run of the same choices writes.
		AnalysisRun stored = AnalysisFixtures.await(runs, SystemUser.call(() -> runs.startScenario(run.id(), request)).id());
		assertThat(stored.status()).isEqualTo(RunStatus.DONE);
		for (JsonNode type : preview.path("types")) {
			String code = type.path("type").asString();
			List<MunicipalitySummary> before = SystemUser.call(() -> runs.summaries(run.id(), code));
			List<MunicipalitySummary> after = SystemUser.call(() -> runs.summaries(stored.id(), code));
			MunicipalitySummary regionBefore = before.get(before.size() - 1);
			MunicipalitySummary regionAfter = after.get(after.size() - 1);
			JsonNode region = type.path("region");
			assertThat(region.path("personMinutesBefore").asDouble()).isCloseTo(regionBefore.personMinutes(), within(1e-6));
			assertThat(region.path("personMinutesAfter").asDouble()).isCloseTo(regionAfter.personMinutes(), within(1e-6));
			for (int k = 0; k < run.settings().thresholdMinutes().size(); k++) {
				assertThat(region.path("beyondBefore").get(k).asLong()).isEqualTo(regionBefore.beyondThresholds().get(k));
				assertThat(region.path("beyondAfter").get(k).asLong()).isEqualTo(regionAfter.beyondThresholds().get(k));
			}
			long lost = 0;
			long gained = 0;
			for (int c = 0; c < p.cells().count(); c++) {
				int t = run.serviceTypes().indexOf(code);
				lost += fresh.time(t, c) == Accessibility.UNREACHABLE && p.base().time(t, c) != Accessibility.UNREACHABLE
						? p.cells().population()[c] : 0;
				gained += fresh.time(t, c) != Accessibility.UNREACHABLE && p.base().time(t, c) == Accessibility.UNREACHABLE
						? p.cells().population()[c] : 0;
			}
			assertThat(region.path("losePoint").asLong()).isEqualTo(lost);
			assertThat(region.path("gainPoint").asLong()).isEqualTo(gained);
			long municipalitiesFalling = 0;
			for (JsonNode m : type.path("municipalities")) {
				municipalitiesFalling += m.path("timeFalls").asLong();
			}
			assertThat(municipalitiesFalling).isEqualTo(region.path("timeFalls").asLong());
		}
		assertCountsAsStored(evaluated.preview(), stored);
		// Closing the west grocery lengthens the west's trips; the new pharmacy shortens some.
		assertThat(preview.at("/types/0/region/timeRises").asLong()).isPositive();
		assertThat(preview.at("/types/1/region/timeFalls").asLong()).isPositive();
	}

	/**
	 * The preview's person-minutes and people beyond each limit, before and after, equal the base
	 * run's and the saved scenario run's summaries, municipality by municipality and summed over
	 * them: counted on times in whole deciseconds, a limit itself within.
	 */
	private void assertCountsAsStored(ScenarioPreview preview, AnalysisRun scenarioRun) {
		int limits = run.settings().thresholdMinutes().size();
		for (ScenarioPreview.TypePreview type : preview.types()) {
			Map<Long, MunicipalitySummary> before = byMunicipality(run.id(), type.type());
			Map<Long, MunicipalitySummary> after = byMunicipality(scenarioRun.id(), type.type());
			assertThat(type.municipalities()).extracting(ScenarioPreview.Figures::municipalityId)
				.containsExactlyInAnyOrderElementsOf(before.keySet())
				.containsExactlyInAnyOrderElementsOf(after.keySet());
			long[] sumBefore = new long[limits];
			long[] sumAfter = new long[limits];
			for (ScenarioPreview.Figures figures : type.municipalities()) {
				MunicipalitySummary storedBefore = before.get(figures.municipalityId());
				MunicipalitySummary storedAfter = after.get(figures.municipalityId());
				assertThat(figures.beyondBefore()).as("%s %d before", type.type(), figures.municipalityId())
					.isEqualTo(storedBefore.beyondThresholds());
				assertThat(figures.beyondAfter()).as("%s %d after", type.type(), figures.municipalityId())
					.isEqualTo(storedAfter.beyondThresholds());
				assertThat(figures.personMinutesBefore()).isCloseTo(storedBefore.personMinutes(), within(1e-6));
				assertThat(figures.personMinutesAfter()).isCloseTo(storedAfter.personMinutes(), within(1e-6));
				for (int k = 0; k < limits; k++) {
					sumBefore[k] += storedBefore.beyondThresholds().get(k);
					sumAfter[k] += storedAfter.beyondThresholds().get(k);
				}
			}
			for (int k = 0; k < limits; k++) {
				assertThat(type.region().beyondBefore().get(k)).as("%s before, limit %d", type.type(), k)
					.isEqualTo(sumBefore[k]);
				assertThat(type.region().beyondAfter().get(k)).as("%s after, limit %d", type.type(), k)
					.isEqualTo(sumAfter[k]);
			}
		}
	}

	/** A run's stored summaries of a type by municipality, without the total. */
	private Map<Long, MunicipalitySummary> byMunicipality(long runId, String type) {
		return SystemUser.call(() -> runs.summaries(runId, type)).stream()
			.filter(m -> m.municipalityId() >= 0)
			.collect(Collectors.toMap(MunicipalitySummary::municipalityId, m -> m));
	}

	@Test
	void theCountsBeyondALimitRoundTimesAsTheStoredRunsDo() throws Exception {
		// The only pharmacy moves to a fifth of a metre off the south-west corner's node: 36 ms of
		// driveway at 20 km/h, so that ten links away it takes 10 min 0.036 s, which a stored run
		// keeps as 10 min and counts within the 10-minute limit.
		int pharmacy = SystemUser.call(() -> runs.impacts(run.id(), new ImpactFilter("pharmacy", null, null, null)))
			.get(0).seq();
		double[] corner = origin();
		ScenarioRequest request = new ScenarioRequest("Apoteket flyttar", List.of(pharmacy),
				List.of(new AnalysisRun.AddedPoint("pharmacy", "Flyttat apotek", corner[0] + 0.2, corner[1])));
		ScenarioPreviews.Evaluated evaluated = SystemUser.call(() -> previews.evaluate(run.id(), request));
		int t = run.serviceTypes().indexOf("pharmacy");
		int limit = EngineTime.fromMinutes(10);
		long justPast = IntStream.range(0, evaluated.prepared().cells().count())
			.map(c -> evaluated.result().time(t, c))
			.filter(time -> time > limit && EngineTime.toDeciseconds(time) == limit / EngineTime.UNITS_PER_DECISECOND)
			.count();
		assertThat(justPast).as("cells a few milliseconds past 10 min").isPositive();

		AnalysisRun stored = AnalysisFixtures.await(runs, SystemUser.call(() -> runs.startScenario(run.id(), request)).id());
		assertThat(stored.status()).isEqualTo(RunStatus.DONE);
		assertCountsAsStored(evaluated.preview(), stored);
	}

	@Test
	void badChoicesAreRefusedNamingTheFieldAndOnlyAnalystsPreview() throws Exception {
		var editor = TestAuthentication.editorOf(1);
		mvc.perform(post(api()).with(authentication(editor)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"closePoints\": [99999]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("closePoints"))
			.andExpect(jsonPath("$.errors[0].message").value("Ett valt serviceställe finns inte i underlaget."));
		mvc.perform(post(api()).with(authentication(editor)).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("closePoints"));
		mvc.perform(post(api()).with(authentication(editor)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"addPoints\": [{\"type\": \"bakery\", \"x\": 500000, \"y\": 6700000}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("addType"));
		mvc.perform(post("/api/v1/analysis/runs/999999999/scenario-preview").with(authentication(editor))
			.contentType(MediaType.APPLICATION_JSON).content(body(request())))
			.andExpect(status().isNotFound());
		mvc.perform(post(api()).with(authentication(TestAuthentication.reader())).contentType(MediaType.APPLICATION_JSON)
			.content(body(request())))
			.andExpect(status().isForbidden());
		mvc.perform(post(api()).contentType(MediaType.APPLICATION_JSON).content(body(request())))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/analysis/runs/{id}/scenario-preview", run.id()).with(authentication(editor)).with(csrf())
			.param("close", "99999"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/analysis/runs/" + run.id() + "/impacts?close=99999#scenario"))
			.andExpect(flash().attribute("failure", "analysis.scenario.invalid.point"));
	}

	@Test
	void aWrongFieldSendsTheFormBackAsTypedWithTheFieldNamed() throws Exception {
		var editor = TestAuthentication.editorOf(1);
		for (String path : List.of("/analysis/runs/{id}/scenario-preview", "/analysis/runs/{id}/scenario")) {
			mvc.perform(post(path, run.id()).with(authentication(editor)).with(csrf())
				.param("close", String.valueOf(westGrocery))
				.param("name", "Prov")
				.param("addType", "pharmacy")
				.param("addX", "44O000")
				.param("addY", "6730000"))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/analysis/runs/" + run.id() + "/impacts?close=" + westGrocery
						+ "&name=Prov&addType=pharmacy&addX=44O000&addY=6730000#scenario"))
				.andExpect(flash().attribute("failure", "analysis.scenario.invalid.addX"))
				.andExpect(flash().attribute("failureField", "addX"));
			// a new point's name and place without its type would be left out unsaid
			mvc.perform(post(path, run.id()).with(authentication(editor)).with(csrf())
				.param("close", String.valueOf(westGrocery))
				.param("addName", "Nytt")
				.param("addX", "480000")
				.param("addY", "6730000"))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("failure", "analysis.scenario.invalid.addType"));
		}
		// the redirect, followed in the same session, shows the form as typed with the field marked
		var refused = mvc.perform(post("/analysis/runs/{id}/scenario-preview", run.id()).with(authentication(editor))
			.with(csrf())
			.param("close", String.valueOf(westGrocery))
			.param("addType", "pharmacy")
			.param("addX", "44O000"))
			.andReturn().getResponse();
		String form = mvc.perform(get(refused.getRedirectedUrl().replace("#scenario", "")).with(authentication(editor))
			.cookie(refused.getCookies()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).containsPattern("value=\"" + westGrocery + "\" id=\"close-" + westGrocery + "\"[^>]*checked")
			.containsPattern("id=\"addX\"[^>]*value=\"44O000\"[^>]*aria-invalid=\"true\"")
			.contains("id=\"scenario-error\"", "Nytt ställe, X: skriv den östliga koordinaten", "class=\"field has-error\"");
		mvc.perform(get("/analysis/runs").with(authentication(editor)))
			.andExpect(redirectedUrl("/analysis"));
	}

	@Test
	void thePageShowsTheFiguresAMapOfTheChangesAndSavesTheScenarioAsARun() throws Exception {
		var editor = TestAuthentication.editorOf(1);
		String impacts = mvc.perform(get("/analysis/runs/{id}/impacts", run.id()).with(authentication(editor)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(impacts).contains("/analysis/runs/" + run.id() + "/scenario-preview", "Förhandsgranska");

		double[] corner = origin();
		String page = mvc.perform(post("/analysis/runs/{id}/scenario-preview", run.id()).with(authentication(editor))
			.with(csrf())
			.param("close", String.valueOf(westGrocery))
			.param("addType", "pharmacy")
			.param("addName", "Apotek A&B+C")
			.param("addX", String.valueOf(corner[0]))
			.param("addY", String.valueOf(corner[1])))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Förhandsgranskning av scenario", "Spara som scenarioanalys", "Personminuter",
				"Personer bortom 10 min eller utan ställe", "id=\"analysis-map\"",
				"action=\"/analysis/runs/" + run.id() + "/scenario\"", "name=\"close\" value=\"" + westGrocery + "\"",
				"addName=Apotek+A%26B%2BC", "value=\"Apotek A&amp;B+C\"")
			.doesNotContain("Scenariot ändrar ingens restid");

		// "Ändra valen" goes back to the form with the same choices ticked and filled in
		String back = "/analysis/runs/" + run.id() + "/impacts?close=" + westGrocery;
		assertThat(page).contains("href=\"" + back + "&amp;addType=pharmacy&amp;addName=Apotek+A%26B%2BC");
		String form;
		form = mvc.perform(get("/analysis/runs/{id}/impacts", run.id()).with(authentication(editor))
			.param("close", String.valueOf(westGrocery))
			.param("addType", "pharmacy")
			.param("addName", "Apotek A&B+C")
			.param("addX", String.valueOf(corner[0])))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).containsPattern("value=\"" + westGrocery + "\" id=\"close-" + westGrocery + "\"[^>]*checked")
			.containsPattern("value=\"pharmacy\"[^>]*selected")
			.contains("value=\"Apotek A&amp;B+C\"", "value=\"" + corner[0] + "\"", "id=\"scenario\"");

		String cells = mvc.perform(get("/analysis/runs/{id}/scenario-preview/map-cells.json", run.id())
			.with(authentication(editor))
			.param("type", "grocery_full")
			.param("close", String.valueOf(westGrocery)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		JsonNode list = json.readTree(cells).path("cells");
		assertThat(list.size()).isPositive();
		for (JsonNode cell : list) {
			assertThat(cell.get(4).asInt()).isBetween(1, RunExports.CHANGE_CLASSES - 1);
		}

		// The map draws the scenario's points: the base run's, the closed one marked, and the added one.
		assertThat(page).contains("data-points=\"/analysis/runs/" + run.id() + "/scenario-preview/points.geojson?type=",
				"data-closed-label=\"Stängt i scenariot\"", "data-added-label=\"Nytt i scenariot\"",
				"Stängt i scenariot", "Nytt i scenariot");
		JsonNode groceries = json.readTree(mvc.perform(get("/analysis/runs/{id}/scenario-preview/points.geojson", run.id())
			.with(authentication(editor))
			.param("type", "grocery_full")
			.param("close", String.valueOf(westGrocery))
			.param("addType", "pharmacy")
			.param("addX", String.valueOf(corner[0]))
			.param("addY", String.valueOf(corner[1])))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(groceries.path("features")).hasSize(2);
		for (JsonNode f : groceries.path("features")) {
			assertThat(f.at("/properties/status").asString())
				.isEqualTo(f.at("/properties/seq").asInt() == westGrocery ? "closed" : "open");
		}
		JsonNode pharmacies = json.readTree(mvc.perform(get("/analysis/runs/{id}/scenario-preview/points.geojson", run.id())
			.with(authentication(editor))
			.param("type", "pharmacy")
			.param("close", String.valueOf(westGrocery))
			.param("addType", "pharmacy")
			.param("addName", "Apotek A&B+C")
			.param("addX", String.valueOf(corner[0]))
			.param("addY", String.valueOf(corner[1])))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(pharmacies.path("features")).extracting(f -> f.at("/properties/status").asString())
			.containsExactly("open", "added");
		assertThat(pharmacies.at("/features/1/properties/name").asString()).isEqualTo("Apotek A&B+C");
		mvc.perform(get("/analysis/runs/{id}/scenario-preview/points.geojson", run.id())
			.with(authentication(TestAuthentication.reader()))
			.param("type", "pharmacy")
			.param("close", String.valueOf(westGrocery)))
			.andExpect(status().isForbidden());

		// A point far from every road changes nothing, and the page says so.
		String nothing = mvc.perform(post("/analysis/runs/{id}/scenario-preview", run.id()).with(authentication(editor))
			.with(csrf())
			.param("addType", "pharmacy")
			.param("addX", String.valueOf(corner[0] - 100_000))
			.param("addY", String.valueOf(corner[1])))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(nothing).contains("Scenariot ändrar ingens restid", "längre från vägnätet")
			.doesNotContain("id=\"analysis-map\"");
	}

}
