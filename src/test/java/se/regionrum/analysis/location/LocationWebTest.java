package se.regionrum.analysis.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.analysis.AnalysisFixtures;
import se.regionrum.analysis.dataset.DataSetService;
import se.regionrum.analysis.run.AnalysisRun;
import se.regionrum.analysis.run.RunService;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;
import se.regionrum.platform.Waiting;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Location analyses through the pages and the API on the test world (a 9 × 9 km grid of roads, a
 * grocery in two opposite corners): who may start and read, the form's and the API's messages
 * naming the field, the results (sites, gains, comparison, exports) and opening the sites as a
 * scenario.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LocationWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSetService data;

	@Autowired
	RunService runs;

	@Autowired
	LocationService locations;

	@Autowired
	JsonMapper json;

	AnalysisRun run;

	@BeforeEach
	void world() {
		AnalysisFixtures.World world = AnalysisFixtures.create(data, "lokalisering " + System.nanoTime(), true);
		run = AnalysisFixtures.await(runs, SystemUser.call(() -> runs.start(world.request("Lokaliseringstest"))).id());
	}

	private LocationAnalysis await(long id) {
		LocationAnalysis analysis = Waiting.until(() -> SystemUser.call(() -> locations.get(run.id(), id)), a -> !a.active());
		assertThat(analysis.active()).isFalse();
		return analysis;
	}

	private String api() {
		return "/api/v1/analysis/runs/" + run.id() + "/locations";
	}

	private static String body(String extra) {
		return "{\"serviceType\": \"grocery_full\", \"candidates\": \"CELLS\", \"siteCount\": 2, \"objective\": \"MEDIAN\"" + extra + "}";
	}

	@Test
	void anonymousVisitorsAreSentToSignInAndReadersStartNothing() throws Exception {
		mvc.perform(get("/analysis/runs/{id}/locations", run.id())).andExpect(status().is3xxRedirection());
		mvc.perform(get(api())).andExpect(status().isUnauthorized());
		var reader = TestAuthentication.reader();
		String page = mvc.perform(get("/analysis/runs/{id}/locations", run.id()).with(authentication(reader)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Lokaliseringsanalyser").doesNotContain("/locations/new");
		mvc.perform(get("/analysis/runs/{id}/locations/new", run.id()).with(authentication(reader)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/analysis/runs/{id}/locations", run.id()).with(authentication(reader)).with(csrf())
			.param("serviceType", "grocery_full").param("candidates", "CELLS").param("siteCount", "2"))
			.andExpect(status().isForbidden());
		mvc.perform(post(api()).with(authentication(reader)).contentType(MediaType.APPLICATION_JSON).content(body("")))
			.andExpect(status().isForbidden());
		String runPage = mvc.perform(get("/analysis/runs/{id}", run.id()).with(authentication(reader)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(runPage).contains("/analysis/runs/" + run.id() + "/locations");
	}

	@Test
	void anEditorStartsThroughTheApiAndEveryoneReadsTheResult() throws Exception {
		var editor = TestAuthentication.editorOf(1);
		String started = mvc.perform(post(api()).with(authentication(editor)).contentType(MediaType.APPLICATION_JSON)
			.content(body(", \"coverMinutes\": 4")))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(api() + "/")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		long id = json.readTree(started).path("id").asLong();
		LocationAnalysis done = await(id);
		assertThat(done.status().name()).isEqualTo("DONE");
		assertThat(done.thresholdMinutes()).containsExactly(4, 10, 20, 30);
		assertThat(done.candidateCount()).isEqualTo(81);
		assertThat(done.objectiveAfter()).isLessThan(done.objectiveBefore());

		var reader = TestAuthentication.reader();
		String result = mvc.perform(get(api() + "/" + id).with(authentication(reader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sites.length()").value(2))
			.andExpect(jsonPath("$.municipalities[-1:].municipalityId").value(org.hamcrest.Matchers.contains(-1)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		JsonNode sites = json.readTree(result).path("sites");
		// The first site listed adds to the run's points what it would alone; the second adds less.
		assertThat(sites.get(0).path("personMinutesSaved").asDouble())
			.isEqualTo(sites.get(0).path("candidate").path("personMinutesSaved").asDouble())
			.isGreaterThanOrEqualTo(sites.get(1).path("personMinutesSaved").asDouble());
		assertThat(sites.get(0).path("candidate").path("broughtWithinByAge").size()).isEqualTo(2);

		String csv = mvc.perform(get(api() + "/" + id + "/candidates.csv").with(authentication(reader)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().count()).isEqualTo(82);
		assertThat(csv.lines().findFirst().orElseThrow()).contains("person_minutes_saved", "brought_within_4_min",
				"brought_within_30_min_age_65+");
		mvc.perform(get("/analysis/runs/{r}/locations/{id}/candidates.geojson", run.id(), id).with(authentication(reader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features.length()").value(81))
			.andExpect(jsonPath("$.features[0].geometry.type").value("Point"));
		mvc.perform(get("/analysis/runs/{r}/locations/{id}/map.json", run.id(), id).with(authentication(reader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cells.length()").value(81))
			.andExpect(jsonPath("$.sites.length()").value(2));
		String page = mvc.perform(get("/analysis/runs/{r}/locations/{id}", run.id(), id).with(authentication(reader)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Valda platser (2)", "Före och efter per kommun", "Hela regionen", "location-map",
				"Sparade personminuter om ett ställe öppnar här", "efter sparade personminuter", "Nya inom 4 min")
			.doesNotContain("Öppna platserna som scenario", "Täckningstid", "ligger för långt från vägnätet");
		String list = mvc.perform(get("/analysis/runs/{r}/locations", run.id()).with(authentication(reader)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains("Dagligvaror, fullsortiment: minst restid, 2 nya platser (");
		// every row of the chosen sites and of the best candidates has its place and its figures
		String sitesTable = page.substring(page.indexOf("aria-labelledby=\"sites-heading\""), page.indexOf("comparison-heading"));
		assertThat(sitesTable.split("<th scope=\"row\"", -1)).hasSize(3);
		assertThat(sitesTable.split("<td class=\"num\"", -1)).hasSize(1 + 2 * (3 + 4));
	}

	@Test
	void coverResultsAreRankedAndColouredByThePeopleBroughtWithinTheCoverTime() throws Exception {
		var editor = TestAuthentication.editorOf(1);
		String started = mvc.perform(post(api()).with(authentication(editor)).contentType(MediaType.APPLICATION_JSON)
			.content(body(", \"coverMinutes\": 4").replace("MEDIAN", "COVER")))
			.andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		LocationAnalysis cover = await(json.readTree(started).path("id").asLong());
		assertThat(cover.status().name()).isEqualTo("DONE");
		int at = cover.coverIndex();
		var top = SystemUser.call(() -> locations.topCandidates(run.id(), cover.id(), LocationController.TOP_CANDIDATES));
		assertThat(top).hasSize(LocationController.TOP_CANDIDATES);
		assertThat(top).extracting(c -> c.broughtWithin().get(at)).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		long best = SystemUser.call(() -> locations.candidates(run.id(), cover.id())).stream()
			.mapToLong(c -> c.broughtWithin().get(at)).max().orElseThrow();
		assertThat(top.get(0).broughtWithin().get(at)).isEqualTo(best).isPositive();
		mvc.perform(get(api() + "/" + cover.id()).with(authentication(editor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.topCandidates[0].broughtWithin[" + at + "]").value(best));

		// the map's classes follow the cover gain: the best candidate for cover is in the top class
		String map = mvc.perform(get("/analysis/runs/{r}/locations/{id}/map.json", run.id(), cover.id())
			.with(authentication(editor))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		JsonNode cells = json.readTree(map).path("cells");
		assertThat(cells.get(top.get(0).idx()).get(4).asInt()).isEqualTo(LocationExports.GainScale.CLASSES - 1);

		String page = mvc.perform(get("/analysis/runs/{r}/locations/{id}", run.id(), cover.id()).with(authentication(editor)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Täckningstid", "4 min", "Personer som kommer inom 4 min om ett ställe öppnar här",
				"efter personer som kommer inom 4 min").doesNotContain("efter sparade personminuter");
	}

	@Test
	void theApiNamesTheFieldOfBadInput() throws Exception {
		var editor = TestAuthentication.editorOf(1);
		mvc.perform(post(api()).with(authentication(editor)).contentType(MediaType.APPLICATION_JSON)
			.content(body("").replace("\"siteCount\": 2", "\"siteCount\": 21")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("siteCount"))
			.andExpect(jsonPath("$.errors[0].message").value("Antal nya platser: skriv ett heltal från 1 till 20."));
		mvc.perform(post(api()).with(authentication(editor)).contentType(MediaType.APPLICATION_JSON)
			.content(body("").replace("grocery_full", "fuel")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("serviceType"));
		mvc.perform(post(api()).with(authentication(editor)).contentType(MediaType.APPLICATION_JSON)
			.content(body(", \"coverMinutes\": 601")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("coverMinutes"));
		mvc.perform(post(api()).with(authentication(editor)).contentType(MediaType.APPLICATION_JSON)
			.content(body("").replace("CELLS", "DRAWN")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sites"));
		mvc.perform(post(api()).with(authentication(editor)).contentType(MediaType.APPLICATION_JSON)
			.content(body(", \"closablePoints\": [2]")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("closablePoints"));
	}

	@Test
	void theFormSaysWhatIsWrongAndAnUploadedListIsAnalysedAndOpenedAsAScenario() throws Exception {
		var admin = TestAuthentication.admin();
		String page = mvc.perform(post("/analysis/runs/{id}/locations", run.id()).with(authentication(admin)).with(csrf())
			.param("serviceType", "grocery_full").param("candidates", "DRAWN").param("sites", "60,6;15,6\nnonsens")
			.param("siteCount", "25").param("objective", "COVER"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Rad 2: Raden &quot;nonsens&quot; är inte latitud;longitud;namn.");
		page = mvc.perform(post("/analysis/runs/{id}/locations", run.id()).with(authentication(admin)).with(csrf())
			.param("serviceType", "grocery_full").param("candidates", "CELLS").param("siteCount", "25"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Antal nya platser: skriv ett heltal från 1 till 20.");

		page = mvc.perform(multipart("/analysis/runs/{id}/locations", run.id())
			.file(new MockMultipartFile("file", "fel.csv", "text/csv", "x;y\n1;2\nett;3\n".getBytes(StandardCharsets.UTF_8)))
			.param("serviceType", "grocery_full").param("candidates", "UPLOADED").param("siteCount", "1")
			.with(authentication(admin)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Rad 3: Värdet &quot;ett&quot; är inget tal.");
		String file = "x;y;name\n%s;%s;Mitten\n%s;%s;Hörnet\n1000;1000;Långt bort\n";
		var world = SystemUser.call(() -> runs.grid(run.id()));
		double cx = world.x()[40] + 125.0;
		double cy = world.y()[40] + 125.0;
		String csv = file.formatted(String.valueOf(cx).replace('.', ','), String.valueOf(cy).replace('.', ','),
				String.valueOf(world.x()[0] + 125.0).replace('.', ','), String.valueOf(world.y()[0] + 125.0).replace('.', ','));
		long id = uploaded(csv, "grocery_full");
		var sites = SystemUser.call(() -> locations.sites(run.id(), id));
		assertThat(sites).hasSize(1);
		assertThat(sites.get(0).candidate().name()).isEqualTo("Mitten");
		page = mvc.perform(get("/analysis/runs/{r}/locations/{id}", run.id(), id).with(authentication(admin)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("1 av 3 kandidatplatser ligger för långt från vägnätet");

		// every site far from the roads: refused at start, with x and y swapped named as the likely cause
		String swapped = "x;y\n%s;%s\n".formatted(String.valueOf(cy).replace('.', ','), String.valueOf(cx).replace('.', ','));
		page = mvc.perform(multipart("/analysis/runs/{id}/locations", run.id())
			.file(new MockMultipartFile("file", "bytt.csv", "text/csv", swapped.getBytes(StandardCharsets.UTF_8)))
			.param("serviceType", "grocery_full").param("candidates", "UPLOADED").param("siteCount", "1")
			.with(authentication(admin)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Fil med kandidatplatser: ingen av platserna ligger nära vägnätet",
				"Kontrollera att x och y inte har bytt plats");
		mvc.perform(post(api()).with(authentication(admin)).contentType(MediaType.APPLICATION_JSON)
			.content(body(", \"sites\": [{\"x\": 1000, \"y\": 1000}]").replace("CELLS", "UPLOADED")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sites"));

		String scenario = mvc.perform(post("/analysis/runs/{r}/locations/{id}/scenario", run.id(), id)
			.with(authentication(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		// the run page opens on the analysed type, where the change is
		assertThat(scenario).endsWith("?type=grocery_full");
		long scenarioId = Long.parseLong(scenario.substring(scenario.lastIndexOf('/') + 1, scenario.indexOf('?')));
		AnalysisRun opened = SystemUser.call(() -> runs.get(scenarioId));
		assertThat(opened.baseRunId()).isEqualTo(run.id());
		assertThat(opened.name()).isEqualTo("Nya platser från lokaliseringsanalys: Dagligvaror, fullsortiment, 1 plats");
		assertThat(opened.addedPoints()).singleElement().satisfies(p -> {
			assertThat(p.name()).isEqualTo("Mitten");
			assertThat(p.type()).isEqualTo("grocery_full");
		});

		// a pharmacy, not the run's first type: the scenario opens on the pharmacies
		long pharmacies = uploaded(csv, "pharmacy");
		String opensOn = mvc.perform(post("/analysis/runs/{r}/locations/{id}/scenario", run.id(), pharmacies)
			.with(authentication(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(opensOn).endsWith("?type=pharmacy");
		AnalysisRun pharmacyScenario = SystemUser.call(
				() -> runs.get(Long.parseLong(opensOn.substring(opensOn.lastIndexOf('/') + 1, opensOn.indexOf('?')))));
		assertThat(pharmacyScenario.name()).isEqualTo("Nya platser från lokaliseringsanalys: Apotek, 1 plats");

		// the one candidate is where the pharmacy already is: no gain, and no legend of empty classes
		long none = uploaded("x;y;name\n%s;%s;Mitten\n".formatted(String.valueOf(cx).replace('.', ','),
				String.valueOf(cy).replace('.', ',')), "pharmacy");
		page = mvc.perform(get("/analysis/runs/{r}/locations/{id}", run.id(), none).with(authentication(admin)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Valda platser (0)", "Ingen kandidatplats ger någon vinst").doesNotContain("Upp till 0");
	}

	/** Uploads the CSV through the form for one new site of the type, least travel time, and waits until done. */
	private long uploaded(String csv, String type) throws Exception {
		String location = mvc.perform(multipart("/analysis/runs/{id}/locations", run.id())
			.file(new MockMultipartFile("file", "kandidater.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("serviceType", type).param("candidates", "UPLOADED").param("siteCount", "1")
			.param("objective", "MEDIAN").with(authentication(TestAuthentication.admin())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/analysis/runs/*/locations/*"))
			.andReturn().getResponse().getRedirectedUrl();
		LocationAnalysis done = await(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
		assertThat(done.status().name()).isEqualTo("DONE");
		return done.id();
	}

	@Test
	void roadJunctionsInPopulatedCellsAreCandidatesOnTheRoadsThroughTheApiAndTheForm() throws Exception {
		var editor = TestAuthentication.editorOf(1);
		String junctions = body("").replace("CELLS", "ROAD_JUNCTIONS");
		mvc.perform(post(api()).with(authentication(editor)).contentType(MediaType.APPLICATION_JSON)
			.content(junctions.replace("}", ", \"minPopulation\": 0}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("minPopulation"))
			.andExpect(jsonPath("$.errors[0].message").value("Minsta befolkning i en ruta: skriv ett heltal från 1 till 100 000."));
		String started = mvc.perform(post(api()).with(authentication(editor)).contentType(MediaType.APPLICATION_JSON)
			.content(junctions))
			.andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		LocationAnalysis onRoads = await(json.readTree(started).path("id").asLong());
		String cellsStarted = mvc.perform(post(api()).with(authentication(editor)).contentType(MediaType.APPLICATION_JSON)
			.content(body(""))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		LocationAnalysis inCells = await(json.readTree(cellsStarted).path("id").asLong());
		// 9 × 9 crossings of the test world's roads, each at a cell's centre: all but the four corners
		assertThat(onRoads.status().name()).isEqualTo("DONE");
		assertThat(onRoads.candidateCount()).isEqualTo(77);
		assertThat(onRoads.minPopulation()).isEqualTo(RoadJunctions.DEFAULT_MIN_POPULATION);
		// a site on a junction is the cell's centre there: the same figures, and the same choice
		var byPlace = new java.util.HashMap<String, LocationResults.Candidate>();
		SystemUser.call(() -> locations.candidates(run.id(), inCells.id())).forEach(c -> byPlace.put(c.x() + ";" + c.y(), c));
		for (LocationResults.Candidate c : SystemUser.call(() -> locations.candidates(run.id(), onRoads.id()))) {
			LocationResults.Candidate cell = byPlace.get(c.x() + ";" + c.y());
			assertThat(cell).as("cell at %s, %s", c.x(), c.y()).isNotNull();
			assertThat(c.peopleFaster()).isEqualTo(cell.peopleFaster());
			assertThat(c.personMinutesSaved()).isEqualTo(cell.personMinutesSaved());
			assertThat(c.broughtWithin()).isEqualTo(cell.broughtWithin());
			assertThat(c.broughtWithinByAge()).isEqualTo(cell.broughtWithinByAge());
		}
		assertThat(onRoads.objectiveAfter()).isEqualTo(inCells.objectiveAfter());

		var reader = TestAuthentication.reader();
		String csv = mvc.perform(get(api() + "/" + onRoads.id() + "/candidates.csv").with(authentication(reader)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().count()).isEqualTo(78);
		mvc.perform(get(api() + "/" + onRoads.id() + "/candidates.geojson").with(authentication(reader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features.length()").value(77));
		String page = mvc.perform(get("/analysis/runs/{r}/locations/{id}", run.id(), onRoads.id()).with(authentication(reader)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Vägkorsningar i bebodda rutor: 77 platser", "Rutor med minst 5 invånare", "Valda platser (2)");

		var admin = TestAuthentication.admin();
		String form = mvc.perform(get("/analysis/runs/{id}/locations/new", run.id()).with(authentication(admin)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("value=\"ROAD_JUNCTIONS\"", "Vägkorsningar i bebodda rutor",
				"vägnätets noder i byar och tätorter", "name=\"minPopulation\"");
		form = mvc.perform(post("/analysis/runs/{id}/locations", run.id()).with(authentication(admin)).with(csrf())
			.param("serviceType", "grocery_full").param("candidates", "ROAD_JUNCTIONS").param("minPopulation", "0")
			.param("siteCount", "1"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("Minsta befolkning i en ruta: skriv ett heltal från 1 till 100 000.");
		// every cell of the test world has 10 people: none has 11
		String location = mvc.perform(post("/analysis/runs/{id}/locations", run.id()).with(authentication(admin)).with(csrf())
			.param("serviceType", "grocery_full").param("candidates", "ROAD_JUNCTIONS").param("minPopulation", "11")
			.param("siteCount", "1"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		LocationAnalysis none = await(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
		assertThat(none.status().name()).isEqualTo("FAILED");
		assertThat(none.messageKey()).isEqualTo("analysis.location.failed.noJunctions");
	}

}
