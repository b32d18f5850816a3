package se.regionrum.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.regionrum.analysis.dataset.DataSetService;
import se.regionrum.analysis.dataset.DataSets;
import se.regionrum.analysis.run.AnalysisRun;
import se.regionrum.analysis.run.RunFixtures;
import se.regionrum.analysis.run.RunRequest;
import se.regionrum.analysis.run.RunStatus;
import se.regionrum.analysis.run.RunService;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what on the analysis pages and API (anonymous: sign-in or 401; readers read but start
 * nothing; editors and administrators start), the exports' headers and GeoJSON, and the API in the
 * OpenAPI document.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnalysisWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSetService data;

	@Autowired
	RunService runs;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	AnalysisFixtures.World world;

	AnalysisRun run;

	@BeforeEach
	void world() {
		world = AnalysisFixtures.create(data, "webb " + System.nanoTime());
		run = AnalysisFixtures.await(runs, SystemUser.call(() -> runs.start(world.request("Webbtest"))).id());
	}

	private String startJson() {
		return """
				{"gridId": %d, "networkId": %d, "pointSetId": %d, "serviceTypes": ["pharmacy"]}"""
			.formatted(world.gridId(), world.networkId(), world.pointSetId());
	}

	@Test
	void anonymousVisitorsAreSentToSignInAndTheApiAnswers401() throws Exception {
		mvc.perform(get("/analysis")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/analysis/runs/{id}", run.id())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/analysis/runs/{id}/municipalities.csv", run.id())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/analysis/runs")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/analysis/service-types")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/analysis/runs").contentType(MediaType.APPLICATION_JSON).content(startJson()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void readersSeeRunsButStartNone() throws Exception {
		var reader = TestAuthentication.reader();
		String page = mvc.perform(get("/analysis").with(authentication(reader))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Webbtest").doesNotContain("action=\"/analysis/runs\"");
		mvc.perform(get("/analysis/runs/{id}", run.id()).with(authentication(reader))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/analysis/runs/{id}", run.id()).with(authentication(reader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"));

		mvc.perform(post("/analysis/runs").with(authentication(reader)).with(csrf())
			.param("gridId", String.valueOf(world.gridId())).param("networkId", String.valueOf(world.networkId()))
			.param("pointSetId", String.valueOf(world.pointSetId())).param("cellSnapMeters", "1000")
			.param("pointSnapMeters", "500").param("connectorSpeedKmh", "20").param("thresholds", "10, 20, 30"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/analysis/runs/{id}/rerun", run.id()).with(authentication(reader)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/analysis/runs/{id}/scenario", run.id()).with(authentication(reader)).with(csrf())
			.param("close", "2")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/analysis/runs").with(authentication(reader)).contentType(MediaType.APPLICATION_JSON)
			.content(startJson())).andExpect(status().isForbidden());
	}

	@Test
	void editorsStartRunsThroughTheApiAndAdministratorsThroughThePage() throws Exception {
		var editor = TestAuthentication.editorOf(1);
		String body = mvc.perform(post("/api/v1/analysis/runs").with(authentication(editor))
			.contentType(MediaType.APPLICATION_JSON).content(startJson()))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/analysis/runs/")))
			.andExpect(jsonPath("$.coverage.apart").value(false))
			.andExpect(jsonPath("$.warnings").isEmpty())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		long id = json.readTree(body).path("id").asLong();
		assertThat(AnalysisFixtures.await(runs, id).serviceTypes()).containsExactly("pharmacy");

		mvc.perform(post("/analysis/runs").with(authentication(TestAuthentication.admin())).with(csrf())
			.param("name", "Från sidan").param("gridId", String.valueOf(world.gridId()))
			.param("networkId", String.valueOf(world.networkId())).param("pointSetId", String.valueOf(world.pointSetId()))
			.param("cellSnapMeters", "1000").param("pointSnapMeters", "500").param("connectorSpeedKmh", "20")
			.param("thresholds", "10, 20, 30"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/analysis/runs/*"));
	}

	@Test
	void settingsOutOfBoundsAndLongNamesAreRefusedNamingTheField() throws Exception {
		String page = mvc.perform(post("/analysis/runs").with(authentication(TestAuthentication.admin())).with(csrf())
			.param("name", "x".repeat(301)).param("gridId", String.valueOf(world.gridId()))
			.param("networkId", String.valueOf(world.networkId())).param("pointSetId", String.valueOf(world.pointSetId()))
			.param("cellSnapMeters", "1000").param("pointSnapMeters", "500").param("connectorSpeedKmh", "200")
			.param("thresholds", "10, 20, 30"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Hastighet till vägen: ange en hastighet mellan 1 och 130 km/h.");

		mvc.perform(post("/api/v1/analysis/runs").with(authentication(TestAuthentication.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"gridId": %d, "networkId": %d, "pointSetId": %d, "name": "%s"}"""
				.formatted(world.gridId(), world.networkId(), world.pointSetId(), "x".repeat(301))))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theRunPageOffersRunsToCompareWithAndTheApiComparesOrRefuses() throws Exception {
		AnalysisRun other = AnalysisFixtures.await(runs, SystemUser.call(() -> runs.rerun(run.id())).id());
		var reader = TestAuthentication.reader();
		String page = mvc.perform(get("/analysis/runs/{id}", run.id()).with(authentication(reader)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("action=\"/analysis/compare\"", "value=\"" + other.id() + "\"",
				"Befolkning per kommun efter vägavstånd");
		mvc.perform(get("/api/v1/analysis/compare").param("base", String.valueOf(run.id()))
			.param("other", String.valueOf(other.id())).param("type", "pharmacy").with(authentication(reader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[-1:].other.population").value(810));
		mvc.perform(get("/analysis/compare").param("base", String.valueOf(run.id()))
			.param("other", String.valueOf(other.id())).with(authentication(reader))).andExpect(status().isOk());
	}

	@Test
	void aFailureDetailIsShownToAdministratorsOnly() throws Exception {
		AnalysisRun failed = SystemUser.call(() -> runs.get(RunFixtures.failedUnexpectedly(context, run, "NullPointerException at Hemlig.java:12")));
		String forReader = mvc.perform(get("/analysis/runs/{id}", failed.id()).with(authentication(TestAuthentication.reader())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(forReader).contains("Analysen avbröts av ett oväntat fel").doesNotContain("Hemlig.java");
		mvc.perform(get("/api/v1/analysis/runs/{id}", failed.id()).with(authentication(TestAuthentication.reader())))
			.andExpect(jsonPath("$.messageDetail").isEmpty());
		String forAdmin = mvc.perform(get("/analysis/runs/{id}", failed.id()).with(authentication(TestAuthentication.admin())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(forAdmin).contains("Hemlig.java");
	}

	@Test
	void badThresholdsAreShownOnTheForm() throws Exception {
		String page = mvc.perform(post("/analysis/runs").with(authentication(TestAuthentication.admin())).with(csrf())
			.param("gridId", String.valueOf(world.gridId())).param("networkId", String.valueOf(world.networkId()))
			.param("pointSetId", String.valueOf(world.pointSetId())).param("cellSnapMeters", "1000")
			.param("pointSnapMeters", "500").param("connectorSpeedKmh", "20").param("thresholds", "30, 10"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Gränser: ange högst 10 gränser som hela minuter mellan 1 och 600, stigande");
	}

	@Test
	void exportsHaveTheirHeadersAndValidGeoJson() throws Exception {
		var reader = TestAuthentication.reader();
		String summary = csv("/analysis/runs/" + run.id() + "/municipalities.csv");
		assertThat(summary.lines().findFirst().orElseThrow()).startsWith(
				"service_type;municipality_id;municipality;population;band_0_10_min;band_10_20_min;band_20_30_min;"
						+ "band_over_30_min;unreachable;mean_minutes;mean_km;beyond_10_min");
		assertThat(summary).contains("pharmacy;;total;810;810;");
		assertThat(csv("/analysis/runs/" + run.id() + "/impacts.csv").lines().findFirst().orElseThrow())
			.startsWith("seq;service_type;name;municipality;x_sweref99tm;y_sweref99tm;on_network;added;served;affected;"
					+ "added_person_minutes;stranded;pushed_past_10_min");
		String cells = csv("/analysis/runs/" + run.id() + "/cells.csv");
		assertThat(cells.lines().findFirst().orElseThrow())
			.isEqualTo("cell_x;cell_y;cell_size;population;municipality_id;grocery_full_minutes;grocery_full_km;"
					+ "pharmacy_minutes;pharmacy_km");
		assertThat(cells.lines().count()).isEqualTo(82);
		assertThat(csv("/analysis/points/export.csv?set=" + world.pointSetId()).lines().findFirst().orElseThrow())
			.startsWith("seq;service_type;name;municipality;x_sweref99tm;y_sweref99tm;latitude;longitude");

		JsonNode cellFeatures = geoJson("/analysis/runs/" + run.id() + "/cells.geojson");
		assertThat(cellFeatures.path("features")).hasSize(81);
		JsonNode cell = cellFeatures.path("features").get(40);
		assertThat(cell.at("/geometry/type").asString()).isEqualTo("Polygon");
		assertThat(cell.at("/geometry/coordinates/0")).hasSize(5);
		assertThat(cell.at("/geometry/coordinates/0/0/0").asDouble()).isBetween(15.0, 16.5);
		assertThat(cell.at("/geometry/coordinates/0/0/1").asDouble()).isBetween(60.0, 61.5);
		assertThat(cell.at("/properties/pharmacy_minutes").asDouble()).isZero();

		JsonNode points = geoJson("/analysis/runs/" + run.id() + "/points.geojson");
		assertThat(points.path("features")).hasSize(3);
		assertThat(points.at("/features/0/geometry/type").asString()).isEqualTo("Point");
		assertThat(points.at("/features/0/properties").has("added_person_minutes")).isTrue();
		assertThat(geoJson("/analysis/points/export.geojson?set=" + world.pointSetId()).path("features")).hasSize(3);

		mvc.perform(get("/api/v1/analysis/runs/{id}/municipalities", run.id()).param("type", "pharmacy")
			.with(authentication(reader))).andExpect(status().isOk()).andExpect(jsonPath("$[-1:].population").value(810));
		mvc.perform(get("/api/v1/analysis/runs/{id}/impacts", run.id()).param("type", "pharmacy")
			.with(authentication(reader))).andExpect(status().isOk()).andExpect(jsonPath("$[0].stranded").value(810));
		mvc.perform(get("/api/v1/analysis/runs/{id}/cells", run.id()).param("type", "pharmacy")
			.with(authentication(reader))).andExpect(status().isOk()).andExpect(jsonPath("$.deciseconds.length()").value(81));
	}

	@Test
	void theRunPageShowsMapSummaryRankingAndTheSyntheticNoticeOnlyForSyntheticData() throws Exception {
		String page = mvc.perform(get("/analysis/runs/{id}", run.id()).param("type", "pharmacy")
			.with(authentication(TestAuthentication.reader()))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"analysis-map\"", "Befolkning per kommun och restid: Apotek", "Risk och konsekvens: Apotek",
				"Test-Apotek", "<svg role=\"img\"").doesNotContain("Syntetiska data.").doesNotContain("<script>");
	}

	/** The world's cells moved 300 km east: outside every municipality and far from every road of the world. */
	private long gridFarAway() {
		double[] o = AnalysisFixtures.origin();
		int n = AnalysisFixtures.SIZE * AnalysisFixtures.SIZE;
		int[] x = new int[n];
		int[] y = new int[n];
		int[] population = new int[n];
		for (int c = 0; c < n; c++) {
			x[c] = (int) (o[0] + 300_000 + (c % AnalysisFixtures.SIZE) * AnalysisFixtures.SPACING);
			y[c] = (int) (o[1] + (c / AnalysisFixtures.SIZE) * AnalysisFixtures.SPACING);
			population[c] = 10;
		}
		return SystemUser.call(() -> data.importGrid(new DataSets.NewGrid("Långt bort " + System.nanoTime(), "test",
				"EPSG:3006", 250, x, y, population, List.of(), new int[0][], false))).id();
	}

	private MockHttpServletRequestBuilder startForm(long gridId, long pointSetId) {
		return post("/analysis/runs").with(authentication(TestAuthentication.admin())).with(csrf())
			.param("name", "Överlapp").param("gridId", String.valueOf(gridId))
			.param("networkId", String.valueOf(world.networkId())).param("pointSetId", String.valueOf(pointSetId))
			.param("cellSnapMeters", "1000").param("pointSnapMeters", "500").param("connectorSpeedKmh", "20")
			.param("thresholds", "10, 20, 30");
	}

	@Test
	void dataSetsThatDoNotOverlapAreWarnedOfOnTheFormAndInTheApiAndTheRunIsMarked() throws Exception {
		long far = gridFarAway();
		String form = mvc.perform(startForm(far, world.pointSetId())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("id=\"coverage-warning\"", "Kontrollera underlagen innan analysen startar",
				"Rutnätet, serviceställena och vägnätet överlappar inte: 81 av 81 rutor (100 % av befolkningen) "
						+ "ligger längre än 1\u00a0000 m från vägnätet",
				"Starta analysen ändå");
		Matcher confirmed = Pattern.compile("name=\"confirmed\" value=\"([^\"]+)\"").matcher(form);
		assertThat(confirmed.find()).isTrue();

		String location = mvc.perform(startForm(far, world.pointSetId()).param("confirmed", confirmed.group(1)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring("/analysis/runs/".length()));
		assertThat(AnalysisFixtures.await(runs, id).status()).isEqualTo(RunStatus.DONE);
		String page = mvc.perform(get(location).with(authentication(TestAuthentication.reader())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("class=\"flash flash-error\" role=\"alert\"",
				"Underlagen överlappar inte: resultatet säger inget om tillgängligheten", "81 av 81 rutor");
		String list = mvc.perform(get("/analysis").with(authentication(TestAuthentication.reader())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains("Överlappar inte");

		mvc.perform(post("/api/v1/analysis/runs").with(authentication(TestAuthentication.editorOf(1)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"gridId": %d, "networkId": %d, "pointSetId": %d}""".formatted(far, world.networkId(),
					world.pointSetId())))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.status").value("QUEUED"))
			.andExpect(jsonPath("$.coverage.apart").value(true))
			.andExpect(jsonPath("$.coverage.populationBeyondSnap").value(810))
			.andExpect(jsonPath("$.warnings[0].code").value("analysis.run.warning.apart"))
			.andExpect(jsonPath("$.warnings[0].message").value(org.hamcrest.Matchers.containsString("överlappar inte")));
	}

	@Test
	void pointsTooFarFromTheRoadsAreWarnedOfAndNamedOnTheRunPage() throws Exception {
		double[] o = AnalysisFixtures.origin();
		long set = SystemUser.call(() -> data.importPoints(new DataSets.NewPointSet("Med en avlägsen " + System.nanoTime(),
				"test", false, List.of(new DataSets.NewPoint("pharmacy", "Test-Apotek mitt", o[0] + 4000, o[1] + 4000, "a"),
						new DataSets.NewPoint("pharmacy", "Test-Apotek i skogen", o[0] + 4000, o[1] + 20_000, "b")))))
			.id();
		String form = mvc.perform(startForm(world.gridId(), set)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("1 av 2 serviceställen ligger längre än 500 m från vägnätet och är inte med i analysen.");
		Matcher confirmed = Pattern.compile("name=\"confirmed\" value=\"([^\"]+)\"").matcher(form);
		assertThat(confirmed.find()).isTrue();
		String location = mvc.perform(startForm(world.gridId(), set).param("confirmed", confirmed.group(1)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		AnalysisFixtures.await(runs, Long.parseLong(location.substring("/analysis/runs/".length())));
		String page = mvc.perform(get(location).with(authentication(TestAuthentication.reader())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Att veta om resultatet",
				"1 av 2 serviceställen ligger längre än 500 m från vägnätet och är inte med i analysen.",
				"Utelämnade serviceställen: Test-Apotek i skogen").doesNotContain("flash flash-error");
	}

	@Test
	void aPointWithoutANameIsCalledByItsKindAndOsmIdWhereverItIsShownOrExported() throws Exception {
		double[] o = AnalysisFixtures.origin();
		long set = SystemUser.call(() -> data.importPoints(new DataSets.NewPointSet("Utan namn " + System.nanoTime(),
				"OpenStreetMap", false, List.of(new DataSets.NewPoint("grocery_full", "", o[0] + 4000, o[1] + 4000,
						"node/123456"), new DataSets.NewPoint("pharmacy", null, o[0], o[1], null)))))
			.id();
		long id = AnalysisFixtures.await(runs, SystemUser.call(() -> runs.start(new RunRequest("Namnlösa", world.gridId(),
				world.networkId(), set, null, List.of("grocery_full", "pharmacy")))).id()).id();
		String label = "Dagligvaror, fullsortiment (OSM node 123456)";
		var reader = TestAuthentication.reader();
		assertThat(html("/analysis/runs/" + id + "?type=grocery_full")).contains(label);
		assertThat(html("/analysis/runs/" + id + "/impacts")).contains(label, "Apotek (#1)");
		assertThat(html("/analysis/points?set=" + set)).contains(label, "Apotek (#1)");
		assertThat(csv("/analysis/runs/" + id + "/impacts.csv")).contains(";" + label + ";");
		assertThat(csv("/analysis/points/export.csv?set=" + set)).contains(";" + label + ";");
		assertThat(geoJson("/analysis/runs/" + id + "/points.geojson").findValuesAsString("name")).contains(label);
		assertThat(geoJson("/analysis/points/export.geojson?set=" + set).findValuesAsString("name")).contains(label,
				"Apotek (#1)");
		mvc.perform(get("/analysis/runs/{id}/impacts", id).param("lang", "en").with(authentication(reader)))
			.andExpect(status().isOk());
	}

	@Test
	void theStartPageCountsThePointsOfTheSetTheLatestRunUsedAndSaysSo() throws Exception {
		double[] o = AnalysisFixtures.origin();
		List<DataSets.NewPoint> five = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			five.add(new DataSets.NewPoint("fuel", "Macken " + i, o[0] + i * 1000, o[1], "x"));
		}
		SystemUser.call(() -> data.importPoints(new DataSets.NewPointSet("Nyare " + System.nanoTime(), "test", false, five)));
		String home = html("/");
		assertThat(Pattern.compile("href=\"/analysis/points\\?set=" + world.pointSetId()
				+ "\">Serviceställen i senaste analysen</a></dt>\\s*<dd>3</dd>").matcher(home).find())
			.as(home.substring(Math.max(0, home.indexOf("analysis/points") - 200),
					Math.min(home.length(), home.indexOf("analysis/points") + 300)))
			.isTrue();
	}

	private String html(String url) throws Exception {
		return mvc.perform(get(url).with(authentication(TestAuthentication.reader()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theApiIsInTheOpenApiDocument() throws Exception {
		JsonNode document = json.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(document.path("paths").has("/api/v1/analysis/service-types")).isTrue();
		assertThat(document.at("/paths/~1api~1v1~1analysis~1runs/post/operationId").asString()).isEqualTo("startAnalysisRun");
		assertThat(document.path("paths").has("/api/v1/analysis/runs/{id}/municipalities")).isTrue();
		assertThat(document.path("paths").has("/api/v1/analysis/runs/{id}/impacts")).isTrue();
		assertThat(document.path("paths").has("/api/v1/analysis/runs/{id}/cells")).isTrue();
		assertThat(document.at("/paths/~1api~1v1~1analysis~1compare/get/operationId").asString())
			.isEqualTo("compareAnalysisRuns");
	}

	private String csv(String url) throws Exception {
		var response = mvc.perform(get(url).with(authentication(TestAuthentication.reader()))).andExpect(status().isOk())
			.andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("text/csv");
		return response.getContentAsString(StandardCharsets.UTF_8).replace("\uFEFF", "");
	}

	private JsonNode geoJson(String url) throws Exception {
		var response = mvc.perform(get(url).with(authentication(TestAuthentication.reader()))).andExpect(status().isOk())
			.andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("application/geo+json");
		JsonNode node = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(node.path("type").asString()).isEqualTo("FeatureCollection");
		return node;
	}

}
