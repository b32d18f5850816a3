package se.regionrum.initiatives.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;

import se.regionrum.initiatives.InitiativeStatus;
import se.regionrum.initiatives.InitiativesFixtures;
import se.regionrum.initiatives.InitiativesTestBase;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anonymous visitors see published initiatives only, in every view and export; signed-in users
 * see all. Status changes are kept as history; the GeoJSON export has the standard shape; text
 * from users is escaped.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InitiativeVisibilityTest extends InitiativesTestBase {

	@Autowired
	JsonMapper json;

	private String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void anonymousSeesPublishedOnlyInListApiMapAndExport() throws Exception {
		String token = token();
		InitiativeForm open = InitiativesFixtures.form("Publicerat " + token, falun.id(), List.of(falun.id()), true);
		open.setPlaceKind(PlaceKind.POINT);
		open.setLatitude(60.6);
		open.setLongitude(15.6);
		Initiative published = InitiativesFixtures.create(initiatives, open);
		InitiativeForm hidden = InitiativesFixtures.form("Opublicerat " + token, falun.id(), List.of(falun.id()), false);
		hidden.setPlaceKind(PlaceKind.POINT);
		hidden.setLatitude(60.7);
		hidden.setLongitude(15.7);
		Initiative draft = InitiativesFixtures.create(initiatives, hidden);

		String page = body(mvc.perform(get("/initiatives").param("q", token)).andExpect(status().isOk()));
		assertThat(page).contains("Publicerat " + token).doesNotContain("Opublicerat " + token);
		mvc.perform(get("/api/v1/initiatives").param("q", token)).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(published.id()));
		mvc.perform(get("/api/v1/initiatives/{id}", draft.id())).andExpect(status().isNotFound());
		mvc.perform(get("/initiatives/{id}", draft.id())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/initiatives/{id}", published.id())).andExpect(status().isOk());
		JsonNode map = json.readTree(body(mvc.perform(get("/initiatives/map.geojson").param("q", token))));
		assertThat(map.path("features")).hasSize(1);
		String csv = body(mvc.perform(get("/initiatives/export.csv").param("q", token)).andExpect(status().isOk()));
		assertThat(csv).contains("Publicerat " + token).doesNotContain("Opublicerat " + token);
		mvc.perform(get("/api/v1/initiatives/status-counts").param("q", token))
			.andExpect(jsonPath("$.IDEA").value(1));

		mvc.perform(get("/api/v1/initiatives").param("q", token).with(authentication(TestAuthentication.reader())))
			.andExpect(jsonPath("$.total").value(2));
		JsonNode signedIn = json.readTree(body(mvc.perform(get("/initiatives/map.geojson").param("q", token)
			.with(authentication(TestAuthentication.reader())))));
		assertThat(signedIn.path("features")).hasSize(2);
	}

	@Test
	void publicPagesOpenWithoutSignIn() throws Exception {
		for (String path : new String[] { "/initiatives", "/initiatives/map", "/initiatives/statistics", "/coverage",
				"/obstacles", "/establishments", "/municipalities/" + falun.id(), "/api/v1/coverage",
				"/api/v1/funding/totals", "/api/v1/obstacles/open", "/api/v1/establishments",
				"/api/v1/municipality-overviews/" + falun.id() }) {
			mvc.perform(get(path)).andExpect(status().isOk());
		}
		mvc.perform(get("/initiatives/new")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/initiatives/import")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/municipalities/{id}", organisations.findByName("Region Dalarna").orElseThrow().id()))
			.andExpect(status().isNotFound());
	}

	@Test
	void statusChangesAreKeptAsHistory() throws Exception {
		Initiative initiative = InitiativesFixtures.create(initiatives, "Historik " + token(), falun.id(),
				List.of(falun.id()), true);
		SystemUser.run(() -> initiatives.changeStatus(initiative.id(), InitiativeStatus.PREPARATION,
				LocalDate.now(), "Förstudie klar"));
		mvc.perform(post("/initiatives/{id}/status", initiative.id())
			.with(authentication(TestAuthentication.editorOf(falun.id()))).with(csrf())
			.param("status", "UNDER_WAY").param("note", "Beslut i KS"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/api/v1/initiatives/{id}/status", initiative.id())
			.with(authentication(TestAuthentication.editorOf(falun.id()))).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"UNDER_WAY\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/initiatives/{id}/status", initiative.id())
			.with(authentication(TestAuthentication.editorOf(falun.id()))).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"PAUSED\", \"changedOn\": \"2001-01-01\"}"))
			.andExpect(status().isBadRequest());

		mvc.perform(get("/api/v1/initiatives/{id}/history", initiative.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].from").doesNotExist())
			.andExpect(jsonPath("$[0].to").value("IDEA"))
			.andExpect(jsonPath("$[1].to").value("PREPARATION"))
			.andExpect(jsonPath("$[1].note").value("Förstudie klar"))
			.andExpect(jsonPath("$[2].from").value("PREPARATION"))
			.andExpect(jsonPath("$[2].to").value("UNDER_WAY"))
			.andExpect(jsonPath("$[2].changedBy").value("test-editor-" + falun.id()));
		assertThat(initiatives.get(initiative.id()).status()).isEqualTo(InitiativeStatus.UNDER_WAY);
		String page = body(mvc.perform(get("/initiatives/{id}", initiative.id())));
		assertThat(page).contains("Beslut i KS").contains("Förstudie klar");
	}

	@Test
	void geoJsonExportHasPointsAndAreas() throws Exception {
		String token = token();
		InitiativeForm point = InitiativesFixtures.form("Punkt " + token, falun.id(), List.of(falun.id()), true);
		point.setPlaceKind(PlaceKind.POINT);
		point.setLatitude(60.6070);
		point.setLongitude(15.6310);
		Initiative p = InitiativesFixtures.create(initiatives, point);
		InitiativeForm area = InitiativesFixtures.form("Område " + token, falun.id(), List.of(falun.id()), true);
		area.setPlaceKind(PlaceKind.AREA);
		area.setAreaGeojson("{\"type\":\"Polygon\",\"coordinates\":[[[15.5,60.5],[15.7,60.5],[15.7,60.7],[15.5,60.5]]]}");
		Initiative a = InitiativesFixtures.create(initiatives, area);
		InitiativesFixtures.create(initiatives, "Hela kommunen " + token, falun.id(), List.of(falun.id()), true);

		String body = body(mvc.perform(get("/initiatives/export.geojson").param("q", token).param("sort", "title"))
			.andExpect(status().isOk()));
		JsonNode doc = json.readTree(body);
		assertThat(doc.path("type").asString()).isEqualTo("FeatureCollection");
		assertThat(doc.path("features")).hasSize(2);
		JsonNode areaFeature = doc.path("features").get(0);
		assertThat(areaFeature.path("type").asString()).isEqualTo("Feature");
		assertThat(areaFeature.path("geometry").path("type").asString()).isEqualTo("Polygon");
		assertThat(areaFeature.path("properties").path("id").asLong()).isEqualTo(a.id());
		JsonNode pointFeature = doc.path("features").get(1);
		assertThat(pointFeature.path("geometry").path("type").asString()).isEqualTo("Point");
		assertThat(pointFeature.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(15.6310);
		assertThat(pointFeature.path("geometry").path("coordinates").get(1).asDouble()).isEqualTo(60.6070);
		assertThat(pointFeature.path("properties").path("title").asString()).isEqualTo("Punkt " + token);
		assertThat(pointFeature.path("properties").path("status").asString()).isEqualTo("IDEA");
		assertThat(pointFeature.path("properties").path("url").asString()).isEqualTo("/initiatives/" + p.id());
		mvc.perform(get("/api/v1/initiatives/export.geojson").param("q", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features.length()").value(2));
		// an area that is not a polygon is refused
		mvc.perform(post("/api/v1/initiatives").with(authentication(TestAuthentication.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "Linje", "ownerOrganisationId": %d, "level": "LOCAL", "status": "IDEA", "placeKind": "AREA",
					 "areaGeojson": "{\\"type\\":\\"LineString\\",\\"coordinates\\":[[15,60],[16,61]]}"}"""
				.formatted(falun.id())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("areaGeojson"));
	}

	@Test
	void hostileTextIsEscaped() throws Exception {
		String token = token();
		InitiativeForm form = InitiativesFixtures.form("<script>alert('x')</script> " + token, falun.id(),
				List.of(falun.id()), true);
		form.setDescription("<img src=x onerror=alert(1)>");
		form.setWebsite("https://example.org/\"><script>alert(2)</script>");
		Initiative hostile = InitiativesFixtures.create(initiatives, form);
		String detail = body(mvc.perform(get("/initiatives/{id}", hostile.id())).andExpect(status().isOk()));
		assertThat(detail).doesNotContain("<script>alert").doesNotContain("<img src=x")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;");
		String list = body(mvc.perform(get("/initiatives").param("q", token)));
		assertThat(list).doesNotContain("<script>alert").contains("&lt;script&gt;");
		String csv = body(mvc.perform(get("/initiatives/export.csv").param("q", token)));
		assertThat(csv).contains("<script>alert('x')</script> " + token);
		String coverage = body(mvc.perform(get("/coverage").param("q", "<script>")));
		assertThat(coverage).doesNotContain("value=\"<script>");
	}

}
