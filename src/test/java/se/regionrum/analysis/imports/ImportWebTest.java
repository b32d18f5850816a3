package se.regionrum.analysis.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.analysis.AnalysisFixtures;
import se.regionrum.analysis.dataset.DataSetService;
import se.regionrum.analysis.dataset.DataSets.GridInfo;
import se.regionrum.analysis.dataset.DataSets.NetworkInfo;
import se.regionrum.analysis.dataset.DataSets.PointSetInfo;
import se.regionrum.analysis.dataset.DataSets.ServicePoint;
import se.regionrum.analysis.network.TravelMode;
import se.regionrum.platform.Waiting;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports of each kind from the real test extracts (Helsinki's grid, Andorra's OSM file) through
 * the pages and the API; a malformed file of each kind rejected with its problems named and
 * nothing saved; and who may import (administrators and editors; readers 403, anonymous sign-in or 401).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSetService data;

	@Autowired
	ImportService imports;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeImported() {
		AnalysisFixtures.removeImportedDataSets(jdbc);
	}

	static MockMultipartFile fixture(String field, String name) throws IOException {
		try (InputStream in = ImportWebTest.class.getResourceAsStream("/analysis/" + name)) {
			return new MockMultipartFile(field, name, "application/octet-stream", in.readAllBytes());
		}
	}

	static MockMultipartFile text(String field, String name, String content) {
		return new MockMultipartFile(field, name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

	ImportJob await(long id) {
		ImportJob job = Waiting.until(() -> SystemUser.call(() -> imports.get(id)), j -> !j.active());
		assertThat(job.active()).as("import %d still %s after a minute", id, job.status()).isFalse();
		return job;
	}

	long jobFromPage(String redirect) {
		return Long.parseLong(redirect.substring("/analysis/imports/".length()));
	}

	long jobFromApi(String location) {
		return Long.parseLong(location.substring("/api/v1/analysis/imports/".length()));
	}

	List<ImportProblem> problems(long id) {
		return SystemUser.call(() -> imports.problems(id));
	}

	int dataSetCount() {
		return SystemUser.call(() -> data.grids().size() + data.pointSets().size() + data.networks().size());
	}

	@Test
	void theHelsinkiGridUploadedOnThePageBecomesAGridAndThePageFollowsIt() throws Exception {
		Authentication admin = TestAuthentication.admin();
		String redirect = mvc.perform(multipart("/analysis/imports/grid")
			.file(fixture("file", "helsinki_population_grid_2020.gpkg"))
			.param("name", "Helsingfors befolkning").param("source", "HSY, CC BY 4.0").param("cellSize", "250")
			.with(authentication(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/analysis/imports/*"))
			.andReturn().getResponse().getRedirectedUrl();
		ImportJob job = await(jobFromPage(redirect));
		assertThat(job.status()).isEqualTo(ImportStatus.DONE);
		GridInfo grid = SystemUser.call(() -> data.grids()).stream().filter(g -> g.id() == job.datasetId()).findFirst()
			.orElseThrow();
		assertThat(grid.name()).isEqualTo("Helsingfors befolkning");
		assertThat(grid.source()).isEqualTo("HSY, CC BY 4.0");
		assertThat(grid.cellCount()).isEqualTo(92);
		assertThat(grid.cellSize()).isEqualTo(250);
		assertThat(grid.totalPopulation()).isPositive();

		String page = mvc.perform(get(redirect).with(authentication(admin))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Befolkningsrutnätet är importerat").contains("href=\"/analysis/data\"")
			.doesNotContain("hx-get");
		mvc.perform(get(redirect + "/status").with(authentication(admin))).andExpect(status().isOk())
			.andExpect(header().string("HX-Refresh", "true"));
		String list = mvc.perform(get("/analysis/imports").with(authentication(admin))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains("Helsingfors befolkning").contains("helsinki_population_grid_2020.gpkg");
	}

	@Test
	void andorrasServicePointsComeInThroughTheApiWithTheDefaultTagMapping() throws Exception {
		String location = mvc.perform(multipart("/api/v1/analysis/point-sets")
			.file(fixture("file", "andorra-2020-05.osm.pbf")).param("name", "Andorra OSM")
			.with(authentication(TestAuthentication.editorOf(1))))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.kind").value("POINTS"))
			.andReturn().getResponse().getHeader("Location");
		long id = jobFromApi(location);
		ImportJob job = await(id);
		assertThat(job.status()).as("%s %s", job.messageKey(), job.messageDetail()).isEqualTo(ImportStatus.DONE);
		mvc.perform(get(location).with(authentication(TestAuthentication.editorOf(1)))).andExpect(status().isOk())
			.andExpect(jsonPath("$.job.status").value("DONE"))
			.andExpect(jsonPath("$.job.datasetId").value(job.datasetId()))
			.andExpect(jsonPath("$.dataSet").value("/api/v1/analysis/point-sets"));
		PointSetInfo set = SystemUser.call(() -> data.pointSet(job.datasetId()));
		assertThat(set.source()).contains("OpenStreetMap");
		List<ServicePoint> points = SystemUser.call(() -> data.points(set.id(), null, null, null));
		// The reader's counts for Andorra (docs/analysis.md).
		assertThat(points.stream().filter(p -> p.type().equals("grocery_full")).count()).isEqualTo(41);
		assertThat(points.stream().filter(p -> p.type().equals("pharmacy")).count()).isEqualTo(30);
		assertThat(points.stream().filter(p -> p.type().equals("fuel")).count()).isEqualTo(43);
		assertThat(points).allSatisfy(p -> assertThat(p.source()).matches("(node|way)/\\d+"));
	}

	@Test
	void andorrasRoadNetworkComesInThroughTheApiWithTheCarProfile() throws Exception {
		String location = mvc.perform(multipart("/api/v1/analysis/networks")
			.file(fixture("file", "andorra-2020-05.osm.pbf")).with(authentication(TestAuthentication.admin())))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/analysis/imports/")))
			.andReturn().getResponse().getHeader("Location");
		ImportJob job = await(jobFromApi(location));
		assertThat(job.status()).as("%s %s", job.messageKey(), job.messageDetail()).isEqualTo(ImportStatus.DONE);
		assertThat(job.elementsRead()).isPositive();
		NetworkInfo network = SystemUser.call(() -> data.networks()).stream().filter(n -> n.id() == job.datasetId())
			.findFirst().orElseThrow();
		assertThat(network.name()).isEqualTo("andorra-2020-05.osm.pbf");
		// junctions and way ends, plus nodes at most 250 m apart along the roads
		assertThat(network.nodeCount()).isEqualTo(4990);
		assertThat(network.source()).startsWith("© OpenStreetMap contributors");
	}

	@Test
	void andorraComesInForWalkingFromThePageAndForCyclingThroughTheApi() throws Exception {
		String redirect = mvc.perform(multipart("/analysis/imports/network")
			.file(fixture("file", "andorra-2020-05.osm.pbf")).param("mode", "walk")
			.with(authentication(TestAuthentication.editorOf(1))).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		ImportJob walkJob = await(jobFromPage(redirect));
		assertThat(walkJob.status()).as("%s %s", walkJob.messageKey(), walkJob.messageDetail()).isEqualTo(ImportStatus.DONE);
		assertThat(walkJob.mode()).isEqualTo(TravelMode.WALK);
		String location = mvc.perform(multipart("/api/v1/analysis/networks")
			.file(fixture("file", "andorra-2020-05.osm.pbf")).param("mode", "bike")
			.with(authentication(TestAuthentication.admin())))
			.andExpect(status().isAccepted()).andExpect(jsonPath("$.mode").value("BIKE"))
			.andReturn().getResponse().getHeader("Location");
		ImportJob bikeJob = await(jobFromApi(location));
		assertThat(bikeJob.status()).isEqualTo(ImportStatus.DONE);

		List<NetworkInfo> networks = SystemUser.call(() -> data.networks());
		NetworkInfo walking = networks.stream().filter(n -> n.id() == walkJob.datasetId()).findFirst().orElseThrow();
		NetworkInfo cycling = networks.stream().filter(n -> n.id() == bikeJob.datasetId()).findFirst().orElseThrow();
		assertThat(walking.mode()).isEqualTo(TravelMode.WALK);
		assertThat(cycling.mode()).isEqualTo(TravelMode.BIKE);
		// footways, paths and tracks come on top of the car's 4,990 nodes
		assertThat(walking.nodeCount()).isGreaterThan(4990);
		assertThat(cycling.nodeCount()).isGreaterThan(4990);
		assertThat(mvc.perform(get("/analysis/imports/{id}", walkJob.id()).with(authentication(TestAuthentication.admin())))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("<dt>Färdsätt</dt><dd>Gång</dd>");
		assertThat(mvc.perform(get("/analysis/data").with(authentication(TestAuthentication.reader())))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Cykel");
	}

	@Test
	void anUnknownTravelModeIsRefused() throws Exception {
		mvc.perform(multipart("/api/v1/analysis/networks").file(fixture("file", "andorra-2020-05.osm.pbf"))
			.param("mode", "boat").with(authentication(TestAuthentication.admin())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aNetworkFromACsvPairAndPointsOfTheStoredDepositTypeAreAccepted() throws Exception {
		Authentication editor = TestAuthentication.editorOf(1);
		String redirect = mvc.perform(multipart("/analysis/imports/network")
			.file(text("nodes", "noder.csv", "id,lon,lat\na,15.60,60.60\nb,15.62,60.60\n"))
			.file(text("edges", "lankar.csv", "from,to,seconds,meters\na,b,70,1100\nb,a,70,1100\n"))
			.with(authentication(editor)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(await(jobFromPage(redirect)).status()).isEqualTo(ImportStatus.DONE);

		// deposit is a stored type that the readers' built-in list lacks.
		redirect = mvc.perform(multipart("/analysis/imports/points")
			.file(text("file", "ombud.csv", "type,name,lon,lat\ndeposit,Ombud,15.63,60.60\ngrocery_full,Affär,15.64,60.61\n"))
			.with(authentication(editor)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		ImportJob job = await(jobFromPage(redirect));
		assertThat(job.status()).isEqualTo(ImportStatus.DONE);
		assertThat(SystemUser.call(() -> data.points(job.datasetId(), "deposit", null, null))).hasSize(1);
	}

	@Test
	void aMalformedGridIsRejectedWithEveryProblemNamedAndNothingSaved() throws Exception {
		int before = dataSetCount();
		String redirect = mvc.perform(multipart("/analysis/imports/grid")
			.file(text("file", "rutor.csv", "Ruta;Beftotalt\n4870006575000;12\n48700065;abc\n4870006575250;-3\n"))
			.with(authentication(TestAuthentication.admin())).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = jobFromPage(redirect);
		assertThat(await(id).status()).isEqualTo(ImportStatus.REJECTED);
		List<ImportProblem> problems = problems(id);
		assertThat(problems).extracting(ImportProblem::row).contains(3, 4);
		assertThat(problems).extracting(ImportProblem::messageKey).contains("analysis.import.grid.badCellId",
				"import.csv.notInteger");
		assertThat(dataSetCount()).isEqualTo(before);
		String page = mvc.perform(get(redirect).with(authentication(TestAuthentication.admin())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Filen importerades inte").contains("Värdet &quot;abc&quot; är inget heltal.")
			.contains("<td>beftotalt</td>");
	}

	@Test
	void aPointOfAnUnknownTypeIsRejectedByRowThroughTheApi() throws Exception {
		int before = dataSetCount();
		String location = mvc.perform(multipart("/api/v1/analysis/point-sets")
			.file(text("file", "punkter.csv", "type,name,lon,lat\ngrocery_full,Affär,15.63,60.60\nbakery,Bageri,15.64,60.61\n"))
			.with(authentication(TestAuthentication.admin())))
			.andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
		assertThat(await(jobFromApi(location)).status()).isEqualTo(ImportStatus.REJECTED);
		String body = mvc.perform(get(location).with(authentication(TestAuthentication.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.job.status").value("REJECTED"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		JsonNode problem = json.readTree(body).path("problems").get(0);
		assertThat(problem.path("row").asInt()).isEqualTo(3);
		assertThat(problem.path("column").asString()).isEqualTo("type");
		assertThat(problem.path("message").asString()).contains("bakery").contains("deposit");
		assertThat(dataSetCount()).isEqualTo(before);
	}

	@Test
	void aNetworkWithAnEdgeToAMissingNodeAndACutPbfAreRejected() throws Exception {
		int before = dataSetCount();
		String location = mvc.perform(multipart("/api/v1/analysis/networks")
			.file(text("nodes", "noder.csv", "id,lon,lat\na,15.60,60.60\nb,15.62,60.60\n"))
			.file(text("edges", "lankar.csv", "from,to,seconds,meters\na,c,70,1100\n"))
			.with(authentication(TestAuthentication.admin())))
			.andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
		long id = jobFromApi(location);
		assertThat(await(id).status()).isEqualTo(ImportStatus.REJECTED);
		assertThat(problems(id)).anySatisfy(p -> {
			assertThat(p.row()).isEqualTo(2);
			assertThat(p.column()).isEqualTo("to");
			assertThat(p.messageKey()).isEqualTo("analysis.import.network.unknownNode");
		});

		MockMultipartFile whole = fixture("file", "andorra-2020-05.osm.pbf");
		byte[] cut = java.util.Arrays.copyOf(whole.getBytes(), whole.getBytes().length / 2);
		location = mvc.perform(multipart("/api/v1/analysis/networks")
			.file(new MockMultipartFile("file", "andorra.osm.pbf", "application/octet-stream", cut))
			.with(authentication(TestAuthentication.admin())))
			.andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
		id = jobFromApi(location);
		assertThat(await(id).status()).isEqualTo(ImportStatus.REJECTED);
		assertThat(problems(id)).extracting(ImportProblem::messageKey).containsExactly("analysis.import.pbf.truncated");
		assertThat(problems(id).get(0).arguments()[0]).isEqualTo("andorra.osm.pbf");
		assertThat(dataSetCount()).isEqualTo(before);
	}

	@Test
	void aMissingFileOrAnUnknownFormatIsAnsweredAtOnce() throws Exception {
		Authentication admin = TestAuthentication.admin();
		mvc.perform(multipart("/api/v1/analysis/grids").param("name", "Inget").with(authentication(admin)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].column").value("file"));
		String page = mvc.perform(multipart("/analysis/imports/points").file(text("file", "punkter.xlsx", "x"))
			.with(authentication(admin)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Filen punkter.xlsx kan inte importeras här");
		mvc.perform(multipart("/api/v1/analysis/networks").file(text("nodes", "noder.csv", "id,lon,lat\n"))
			.with(authentication(admin)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].column").value("edges"));
	}

	@Test
	void anEmptyFileIsToldItIsEmptyAndADamagedOneGetsASentenceNamingIt() throws Exception {
		Authentication admin = TestAuthentication.admin();
		int before = dataSetCount();
		String page = mvc.perform(multipart("/analysis/imports/grid").file(text("file", "tom.csv", ""))
			.with(authentication(admin)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Filen tom.csv är tom.").doesNotContain("Välj en fil att importera");
		mvc.perform(multipart("/api/v1/analysis/point-sets").file(text("file", "tom.geojson", ""))
			.param("lang", "en").with(authentication(admin)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("The file tom.geojson is empty."));

		// half a GeoPackage: SQLite's nested errors stay in the log
		byte[] gpkg = fixture("file", "helsinki_population_grid_2020.gpkg").getBytes();
		String location = mvc.perform(multipart("/api/v1/analysis/networks")
			.file(new MockMultipartFile("file", "vagar.gpkg", "application/octet-stream",
					java.util.Arrays.copyOf(gpkg, gpkg.length / 2)))
			.with(authentication(admin)))
			.andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
		long id = jobFromApi(location);
		assertThat(await(id).status()).isEqualTo(ImportStatus.REJECTED);
		String body = mvc.perform(get(location).with(authentication(admin))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(json.readTree(body).at("/problems/0/message").asString())
			.isEqualTo("Filen vagar.gpkg är en SQLite-databas men ingen läsbar GeoPackage: den är skadad, avkortad "
					+ "eller saknar GeoPackage-tabellerna.");
		String jobPage = mvc.perform(get("/analysis/imports/" + id).with(authentication(admin)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(jobPage).contains("Filen vagar.gpkg är en SQLite-databas").doesNotContain("Exception", "(null)");
		assertThat(dataSetCount()).isEqualTo(before);
	}

	@Test
	void aGridOrPointsOutsideTheRegionAreImportedWithAWarning() throws Exception {
		Authentication admin = TestAuthentication.admin();
		String location = mvc.perform(multipart("/api/v1/analysis/grids")
			.file(fixture("file", "helsinki_population_grid_2020.gpkg")).with(authentication(admin)))
			.andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
		long id = jobFromApi(location);
		assertThat(await(id).status()).isEqualTo(ImportStatus.DONE);
		mvc.perform(get(location).with(authentication(admin))).andExpect(status().isOk())
			.andExpect(jsonPath("$.problems").isEmpty())
			.andExpect(jsonPath("$.warnings[0].messageKey").value("analysis.import.warning.gridAllOutside"))
			.andExpect(jsonPath("$.warnings[0].message").value(org.hamcrest.Matchers
				.startsWith("Ingen av rutnätets 92 rutor ligger inom regionens kommungränser")));
		assertThat(mvc.perform(get("/analysis/imports/" + id).with(authentication(admin))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"import-warnings\"",
					"Ingen av rutnätets 92 rutor ligger inom regionens kommungränser");

		String redirect = mvc.perform(multipart("/analysis/imports/points")
			.file(text("file", "blandat.csv", "type,name,lon,lat\nfuel,Falu-macken,15.63,60.60\nfuel,Helsingfors,24.94,60.17\n"))
			.with(authentication(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(await(jobFromPage(redirect)).status()).isEqualTo(ImportStatus.DONE);
		assertThat(mvc.perform(get(redirect).with(authentication(admin))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8))
			.contains("1 av 2 serviceställen ligger utanför regionens kommungränser.");
	}

	@Test
	void aGzipCompressedCsvGridIsImported() throws Exception {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (var out = new java.util.zip.GZIPOutputStream(bytes)) {
			out.write("Ruta;Beftotalt\n4870006575000;12\n4870006575250;30\n".getBytes(StandardCharsets.UTF_8));
		}
		String redirect = mvc.perform(multipart("/analysis/imports/grid")
			.file(new MockMultipartFile("file", "rutor.csv.gz", "application/gzip", bytes.toByteArray()))
			.with(authentication(TestAuthentication.admin())).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		ImportJob job = await(jobFromPage(redirect));
		assertThat(job.status()).isEqualTo(ImportStatus.DONE);
		assertThat(SystemUser.call(() -> data.grids()).stream().filter(g -> g.id() == job.datasetId()).findFirst()
			.orElseThrow().totalPopulation()).isEqualTo(42);
	}

	@Test
	void readersMayNotImportAndAnonymousVisitorsAreSentToSignIn() throws Exception {
		int before = dataSetCount();
		Authentication reader = TestAuthentication.reader();
		mvc.perform(get("/analysis/imports").with(authentication(reader))).andExpect(status().isForbidden());
		mvc.perform(multipart("/analysis/imports/grid").file(fixture("file", "helsinki_population_grid_2020.gpkg"))
			.with(authentication(reader)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/analysis/grids").file(fixture("file", "helsinki_population_grid_2020.gpkg"))
			.with(authentication(reader))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/analysis/imports").with(authentication(reader))).andExpect(status().isForbidden());
		String data = mvc.perform(get("/analysis/data").with(authentication(reader))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(data).doesNotContain("href=\"/analysis/imports\"");

		mvc.perform(get("/analysis/imports")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(multipart("/api/v1/analysis/point-sets").file(fixture("file", "andorra-2020-05.osm.pbf")))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/analysis/imports/1")).andExpect(status().isUnauthorized());
		assertThat(dataSetCount()).isEqualTo(before);

		String editorsPage = mvc.perform(get("/analysis/data").with(authentication(TestAuthentication.editorOf(1))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(editorsPage).contains("href=\"/analysis/imports\"");
	}

	@Test
	void theImportEndpointsAreInTheOpenApiDocument() throws Exception {
		JsonNode document = json.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(document.at("/paths/~1api~1v1~1analysis~1grids/post/operationId").asString()).isEqualTo("importAnalysisGrid");
		assertThat(document.at("/paths/~1api~1v1~1analysis~1point-sets/post/operationId").asString())
			.isEqualTo("importAnalysisPointSet");
		assertThat(document.at("/paths/~1api~1v1~1analysis~1networks/post/operationId").asString())
			.isEqualTo("importAnalysisNetwork");
		assertThat(document.at("/paths/~1api~1v1~1analysis~1imports~1{id}/get/operationId").asString())
			.isEqualTo("getAnalysisImport");
		assertThat(document.at("/paths/~1api~1v1~1analysis~1networks/post/requestBody/content").has("multipart/form-data"))
			.isTrue();
	}

}
