package se.regionrum.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.analysis.dataset.DataSetService;
import se.regionrum.analysis.network.TravelMode;
import se.regionrum.analysis.run.AnalysisRun;
import se.regionrum.analysis.run.RunService;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run on a walking network says so: in the API ({@code mode}), on its page, in the list, in its
 * exports, and its connector speed is walking pace unless one is given.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WalkingRunWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSetService data;

	@Autowired
	RunService runs;

	@Autowired
	JsonMapper json;

	@Test
	void aRunOnAWalkingNetworkWalksAndSaysSo() throws Exception {
		var world = AnalysisFixtures.create(data, "gång " + System.nanoTime(), true, TravelMode.WALK);
		String body = """
				{"gridId": %d, "networkId": %d, "pointSetId": %d, "serviceTypes": ["pharmacy"],
				 "settings": {"cellSnapMeters": 1000, "pointSnapMeters": 500, "connectorSpeedKmh": 0, "thresholdMinutes": [15]}}"""
			.formatted(world.gridId(), world.networkId(), world.pointSetId());
		String answer = mvc.perform(post("/api/v1/analysis/runs").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(authentication(TestAuthentication.admin())))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.mode").value("WALK"))
			.andExpect(jsonPath("$.settings.connectorSpeedKmh").value(5.0))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		long id = json.readTree(answer).get("id").asLong();
		AnalysisRun run = AnalysisFixtures.await(runs, id);
		assertThat(run.done()).isTrue();
		assertThat(run.mode()).isEqualTo(TravelMode.WALK);

		var reader = TestAuthentication.reader();
		mvc.perform(get("/api/v1/analysis/runs/{id}", id).with(authentication(reader)))
			.andExpect(jsonPath("$.mode").value("WALK"));
		mvc.perform(get("/api/v1/analysis/networks").with(authentication(reader)))
			.andExpect(jsonPath("$[?(@.id == %d)].mode".formatted(world.networkId())).value("WALK"));
		String page = mvc.perform(get("/analysis/runs/{id}", id).with(authentication(reader)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<dt>Färdsätt</dt><dd>Gång</dd>");
		String english = mvc.perform(get("/analysis/runs/{id}", id).param("lang", "en")
			.with(authentication(reader))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).contains("<dt>Travel mode</dt><dd>Walking</dd>");

		String summary = mvc.perform(get("/analysis/runs/{id}/municipalities.csv", id).with(authentication(reader)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(summary.lines().findFirst().orElseThrow()).endsWith(";travel_mode");
		assertThat(summary.lines().skip(1)).allSatisfy(line -> assertThat(line).endsWith(";walk"));
		JsonNode points = json.readTree(mvc.perform(get("/analysis/runs/{id}/points.geojson", id)
			.with(authentication(reader))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(points.at("/features/0/properties/travel_mode").asString()).isEqualTo("walk");
	}

	@Test
	void aConnectorSpeedGivenIsKeptAndACarNetworkStillDrives() throws Exception {
		var walking = AnalysisFixtures.create(data, "gång fart " + System.nanoTime(), false, TravelMode.WALK);
		var request = new se.regionrum.analysis.run.RunRequest("Egen fart", walking.gridId(), walking.networkId(),
				walking.pointSetId(), new se.regionrum.analysis.run.RunSettings(1000, 500, 4, java.util.List.of(15)),
				null);
		AnalysisRun own = SystemUser.call(() -> runs.start(request));
		assertThat(own.settings().connectorSpeedKmh()).isEqualTo(4);
		AnalysisFixtures.await(runs, own.id());

		var car = AnalysisFixtures.create(data, "bil " + System.nanoTime());
		AnalysisRun driven = SystemUser.call(() -> runs.start(car.request("Bil")));
		assertThat(driven.mode()).isEqualTo(TravelMode.CAR);
		assertThat(driven.settings().connectorSpeedKmh()).isEqualTo(20);
		AnalysisFixtures.await(runs, driven.id());
	}

}
