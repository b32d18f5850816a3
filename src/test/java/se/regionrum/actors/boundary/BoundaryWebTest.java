package se.regionrum.actors.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.RegionrumPrincipal;
import se.regionrum.platform.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The pages and GeoJSON endpoints over HTTP, with the demo data loaded at start-up. */
@SpringBootTest
@AutoConfigureMockMvc
class BoundaryWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void municipalitiesGeoJsonHasEveryMunicipalityWithItsBoundaryOrTown() throws Exception {
		byte[] body = mvc.perform(get("/municipalities.geojson"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/geo+json"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		JsonNode collection = json.readTree(body);
		assertThat(collection.get("type").stringValue()).isEqualTo("FeatureCollection");
		assertThat(collection.get("attribution").stringValue()).contains("okfse/sweden-geojson");
		List<JsonNode> dalarna = new ArrayList<>();
		for (JsonNode feature : collection.get("features")) {
			assertThat(feature.get("type").stringValue()).isEqualTo("Feature");
			assertThat(feature.get("geometry").get("type").stringValue()).isIn("Polygon", "MultiPolygon", "Point");
			JsonNode p = feature.get("properties");
			assertThat(p.get("id").isIntegralNumber()).isTrue();
			assertThat(p.get("url").stringValue()).isEqualTo("/organisations/" + p.get("id").asLong());
			if (p.get("scbCode").stringValue().startsWith("20")) {
				dalarna.add(feature);
			}
		}
		assertThat(dalarna).hasSize(15);
		JsonNode falun = dalarna.stream()
			.filter(f -> f.get("properties").get("scbCode").stringValue().equals("2080"))
			.findFirst()
			.orElseThrow();
		assertThat(falun.get("geometry").get("type").stringValue()).isEqualTo("MultiPolygon");
		assertThat(falun.get("properties").get("name").stringValue()).isEqualTo("Falu kommun");
		assertThat(falun.get("properties").get("population").asInt()).isEqualTo(59945);
		assertThat(falun.get("properties").get("populationLabel").stringValue()).isEqualTo("59\u00a0945 invånare");

		mvc.perform(get("/api/v1/municipalities").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/geo+json"))
			.andExpect(jsonPath("$.features[?(@.properties.scbCode == '2080')].properties.populationLabel")
				.value("59,945 inhabitants"));
	}

	@Test
	void boundariesGeoJsonIsTheExportOfTheImportedBoundaries() throws Exception {
		byte[] body = mvc.perform(get("/boundaries.geojson"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/geo+json"))
			.andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		JsonNode collection = json.readTree(body);
		assertThat(collection.get("type").stringValue()).isEqualTo("FeatureCollection");
		assertThat(collection.get("attribution").stringValue()).contains("Open Knowledge Sweden");
		long boundaries = jdbc.sql("select count(*) from municipal_boundary").query(Long.class).single();
		assertThat(collection.get("features").size()).isEqualTo((int) boundaries).isGreaterThanOrEqualTo(15);
		for (JsonNode feature : collection.get("features")) {
			assertThat(feature.get("geometry").get("type").stringValue()).isIn("Polygon", "MultiPolygon");
			assertThat(feature.get("properties").propertyNames()).containsExactlyInAnyOrder("scbCode", "name",
					"organisationId", "source", "importedAt");
		}

		mvc.perform(get("/api/v1/boundaries"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/geo+json"))
			.andExpect(jsonPath("$.features[?(@.properties.scbCode == '2062')].properties.name").value("Mora kommun"))
			.andExpect(jsonPath("$.attribution").value(Matchers.containsString("okfse/sweden-geojson")));
	}

	@Test
	void mapPageHasTheMapPrintButtonDownloadAndTable() throws Exception {
		mvc.perform(get("/map"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-geojson=\"/municipalities.geojson\"")))
			.andExpect(content().string(Matchers.containsString("data-print")))
			.andExpect(content().string(Matchers.containsString("Skriv ut kartan")))
			.andExpect(content().string(Matchers.containsString("href=\"/boundaries.geojson\"")))
			.andExpect(content().string(Matchers.containsString("Kommungränser: okfse/sweden-geojson")))
			.andExpect(content().string(Matchers.containsString("<td>2080</td>")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("style="))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("<script>"))));
	}

	@Test
	void importPageIsForAdministratorsOnly() throws Exception {
		MockMultipartFile file = geoJson("/boundaries/broken-point.geojson");

		mvc.perform(multipart("/boundaries/import").file(file).with(csrf()).with(authentication(as(Role.EDITOR))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/boundaries/import").with(authentication(as(Role.READER))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/boundaries/import").with(authentication(as(Role.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("name=\"codeProperty\"")));
	}

	@Test
	void importPageShowsTheProblemsOfABrokenFile() throws Exception {
		mvc.perform(multipart("/boundaries/import").file(geoJson("/boundaries/broken-duplicate-code.geojson"))
			.param("codeProperty", "id")
			.param("nameProperty", "kom_namn")
			.with(csrf())
			.with(authentication(as(Role.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Kommunkoden 2080 förekommer redan i objekt 1.")));
	}

	@Test
	void apiImportIsForAdministratorsOnly() throws Exception {
		MockMultipartFile file = geoJson("/boundaries/broken-point.geojson");

		mvc.perform(multipart("/api/v1/boundaries").file(file)).andExpect(status().isUnauthorized());
		mvc.perform(multipart("/api/v1/boundaries").file(file).with(authentication(as(Role.EDITOR))))
			.andExpect(status().isForbidden());
	}

	@Test
	void apiImportOfABrokenFileAnswersProblemDetailsNamingTheFeature() throws Exception {
		mvc.perform(multipart("/api/v1/boundaries").file(geoJson("/boundaries/broken-out-of-range.geojson"))
			.with(authentication(as(Role.ADMIN))))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("geometry"))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("WGS84")));
	}

	@Test
	void apiImportAnswersTheReport() throws Exception {
		String source = BoundaryImportServiceTest.BUNDLED_SOURCE;
		mvc.perform(multipart("/api/v1/boundaries")
			.file(geoJson("/demo/boundaries/swedish_municipalities.geojson"))
			.param("codeProperty", "id")
			.param("nameProperty", "kom_namn")
			.param("source", source)
			.with(authentication(as(Role.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features").value(290))
			.andExpect(jsonPath("$.imported").value(Matchers.greaterThanOrEqualTo(15)))
			.andExpect(jsonPath("$.skippedCodes").value(Matchers.hasItem("0180")));
		assertThat(jdbc.sql("select distinct source from municipal_boundary").query(String.class).list())
			.contains(source);
	}

	private static MockMultipartFile geoJson(String fixture) {
		return new MockMultipartFile("file", fixture.substring(fixture.lastIndexOf('/') + 1), "application/geo+json",
				BoundaryFileTest.fixture(fixture));
	}

	static Authentication as(Role role) {
		CurrentUser user = new CurrentUser(9000 + role.ordinal(), role.name().toLowerCase(), "Test " + role, role,
				role == Role.EDITOR ? 1L : null);
		RegionrumPrincipal principal = () -> user;
		return UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
	}

}
