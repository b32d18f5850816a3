package se.regionrum.indicators.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.regionrum.platform.TestAuthentication;

/** The flow map page, its exports and the API over HTTP, on the demo flows (exempeldata, 2020–2023). */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class FlowWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anonymousVisitorsSeeTheMapWithTablesAndTheExampleMark() throws Exception {
		String html = mvc.perform(get("/indicators/flows"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Pendling mellan kommuner", "Exempeldata", "id=\"flow-map\"", "data-render-state=\"loading\"",
				"De 25 största flödena", "In- och utpendling per område", "/indicators/flows.csv?year=2023&amp;gender=T&amp;min=10");
		// the largest flow heads the table: Borlänge to Falun
		String largest = html.substring(html.indexOf("id=\"flows-largest\""));
		assertThat(largest.indexOf("Borlänge (2081)")).isLessThan(largest.indexOf("Falun (2080)"));
		assertThat(largest.indexOf("Falun (2080)")).isLessThan(largest.indexOf("Smedjebacken"));

		mvc.perform(get("/indicators/flows?lang=en&view=net")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("filled circle: more commute in than out")));
	}

	@Test
	void apiFiltersByYearGenderThresholdAndDirection() throws Exception {
		JsonNode all = api("/api/v1/flows?year=2022&gender=K&min=10");
		assertThat(all.get("year").asInt()).isEqualTo(2022);
		assertThat(all.get("gender").stringValue()).isEqualTo("K");
		assertThat(all.get("example").asBoolean()).isTrue();
		assertThat(all.get("homeCounty").stringValue()).isEqualTo("20");
		List<JsonNode> flows = list(all.get("flows"));
		assertThat(flows).isNotEmpty().allMatch(f -> f.get("persons").asInt() >= 10);
		assertThat(flows.get(0).get("home").stringValue()).isEqualTo("2081");
		assertThat(flows.get(0).get("work").stringValue()).isEqualTo("2080");
		assertThat(flows).filteredOn(f -> f.get("work").stringValue().equals("NO"))
			.isNotEmpty()
			.allMatch(f -> f.get("crossesCountyBorder").asBoolean());
		assertThat(flows).filteredOn(f -> f.get("home").stringValue().startsWith("20") && f.get("work").stringValue().startsWith("20"))
			.noneMatch(f -> f.get("crossesCountyBorder").asBoolean());
		assertThat(list(all.get("areas"))).filteredOn(a -> a.get("code").stringValue().equals("NO"))
			.singleElement().satisfies(a -> assertThat(a.get("kind").stringValue()).isEqualTo("ABROAD"));

		List<JsonNode> big = list(api("/api/v1/flows?year=2022&gender=T&min=1000").get("flows"));
		assertThat(big).isNotEmpty().allMatch(f -> f.get("persons").asInt() >= 1000);
		assertThat(big.size()).isLessThan(flows.size());

		List<JsonNode> in = list(api("/api/v1/flows?year=2022&view=in&area=2080").get("flows"));
		assertThat(in).isNotEmpty().allMatch(f -> f.get("work").stringValue().equals("2080"));
		List<JsonNode> out = list(api("/api/v1/flows?year=2022&view=out&area=2080").get("flows"));
		assertThat(out).isNotEmpty().allMatch(f -> f.get("home").stringValue().equals("2080"));

		JsonNode falun = list(api("/api/v1/flows?year=2022").get("totals")).stream()
			.filter(t -> t.get("code").stringValue().equals("2080")).findFirst().orElseThrow();
		assertThat(falun.get("net").asInt()).isEqualTo(falun.get("in").asInt() - falun.get("out").asInt());
		assertThat(falun.get("in").asInt()).isEqualTo(in.stream().mapToInt(f -> f.get("persons").asInt()).sum());
	}

	@Test
	void csvAndGeoJsonExportsFollowTheFilters() throws Exception {
		byte[] csv = mvc.perform(get("/indicators/flows.csv?year=2021&gender=M&min=100"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andReturn().getResponse().getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		List<String> lines = text.lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFFhome_code;home_name;work_code;work_name;year;gender;persons;crosses_county_border;exempeldata");
		assertThat(lines.get(1)).startsWith("2081;Borlänge;2080;Falun;2021;M;");
		assertThat(lines.get(1)).endsWith(";nej;ja");
		int expected = list(api("/api/v1/flows?year=2021&gender=M&min=100").get("flows")).size();
		assertThat(lines).hasSize(expected + 1);

		JsonNode geo = json.readTree(mvc.perform(get("/indicators/flows.geojson?year=2021&gender=T&min=10&view=out&area=2023"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/geo+json"))
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(geo.get("type").stringValue()).isEqualTo("FeatureCollection");
		assertThat(geo.get("selection").get("example").asBoolean()).isTrue();
		List<JsonNode> features = list(geo.get("features"));
		assertThat(features).isNotEmpty();
		for (JsonNode f : features) {
			assertThat(f.get("geometry").get("type").stringValue()).isEqualTo("LineString");
			JsonNode from = f.get("geometry").get("coordinates").get(0);
			assertThat(from.get(0).asDouble()).as("longitude").isBetween(11.0, 25.0);
			assertThat(from.get(1).asDouble()).as("latitude").isBetween(55.0, 69.0);
			JsonNode p = f.get("properties");
			assertThat(p.get("homeCode").stringValue()).isEqualTo("2023");
			assertThat(p.get("homeName").stringValue()).isEqualTo("Malung-Sälen");
			assertThat(p.get("year").asInt()).isEqualTo(2021);
			assertThat(p.get("gender").stringValue()).isEqualTo("T");
			assertThat(p.get("example").asBoolean()).isTrue();
		}
		assertThat(features).anySatisfy(f -> {
			assertThat(f.get("properties").get("workCode").stringValue()).isEqualTo("NO");
			assertThat(f.get("properties").get("workName").stringValue()).isEqualTo("Norge");
		});
	}

	@Test
	void onlyAdministratorsAndEditorsImport() throws Exception {
		mvc.perform(get("/indicators/flows/import")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/indicators/flows/import").with(authentication(TestAuthentication.reader())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/indicators/flows/import").with(authentication(TestAuthentication.editorOf(1))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("ISO-8859-1")));

		MockMultipartFile file = new MockMultipartFile("file", "tab1830.json", "application/json", FlowImportTest.read("tab1830.json"));
		mvc.perform(multipart("/api/v1/flows/imports").file(file)).andExpect(status().isUnauthorized());
		mvc.perform(multipart("/api/v1/flows/imports").file(file).with(authentication(TestAuthentication.reader())))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/flows/imports").file(file).with(authentication(TestAuthentication.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.flows").value(35))
			.andExpect(jsonPath("$.years[0]").value(2016));
	}

	@Test
	void rejectedUploadsNameRowAndColumnAndSaveNothing() throws Exception {
		long before = jdbc.sql("select count(*) from commuting_flow").query(Long.class).single();
		MockMultipartFile bad = new MockMultipartFile("file", "tab1830-bad.csv", "text/csv", FlowImportTest.read("tab1830-bad.csv"));
		mvc.perform(multipart("/api/v1/flows/imports").file(bad).with(authentication(TestAuthentication.admin())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("Bostadskommun"))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("9999 Atlantis")));

		String page = mvc.perform(multipart("/indicators/flows/import").file(bad).param("encoding", "AUTO")
				.with(authentication(TestAuthentication.editorOf(1))).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Filen importerades inte", "Okänt område &quot;9999 Atlantis&quot;", "Kön");
		assertThat(jdbc.sql("select count(*) from commuting_flow").query(Long.class).single()).isEqualTo(before);

		MockMultipartFile good = new MockMultipartFile("file", "tab1830-wide-iso-8859-1.csv", "text/csv",
				FlowImportTest.read("tab1830-wide-iso-8859-1.csv"));
		mvc.perform(multipart("/indicators/flows/import").file(good).param("encoding", "ISO_8859_1").param("example", "true")
				.with(authentication(TestAuthentication.editorOf(1))).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from commuting_flow where flow_year = 2016 and example").query(Long.class).single())
			.isEqualTo(5);
	}

	private JsonNode api(String url) throws Exception {
		return json.readTree(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
	}

	private static List<JsonNode> list(JsonNode array) {
		List<JsonNode> list = new ArrayList<>();
		array.forEach(list::add);
		return list;
	}

}
