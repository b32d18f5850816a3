package se.regionrum.followup.mapcomposer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import se.regionrum.followup.FollowupTestBase;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/** The REST API of compositions (/api/v1/maps) with the styled layers as GeoJSON. */
@SpringBootTest
@AutoConfigureMockMvc
class MapApiTest extends FollowupTestBase {

	@Test
	void createReadUpdateAndDeleteAComposition() throws Exception {
		long indicator = indicatorWithValues("MAPAPI" + token(), 2023);
		// a year the demo flows do not have, so that only the two test flows are drawn
		flows(2031);
		var editor = TestAuthentication.editorOf(falun.id());
		String title = "API-karta " + token();
		String body = """
				{"title": "%s", "subtitle": "Med pendling", "sourceLine": "SCB", "paperSize": "A3",
				 "ownerOrganisationId": %d, "published": false,
				 "layers": [{"kind": "BOUNDARIES", "options": {"indicatorId": %d, "year": 2023}},
				            {"kind": "FLOWS", "options": {"year": 2031, "minPersons": 1000}}]}"""
			.formatted(title, falun.id(), indicator);
		String location = mvc.perform(post("/api/v1/maps").with(authentication(editor))
			.contentType("application/json").content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value(title))
			.andExpect(jsonPath("$.paperSize").value("A3"))
			.andExpect(jsonPath("$.layers[1].options.minPersons").value(1000))
			.andExpect(jsonPath("$.pdf").value(Matchers.endsWith(".pdf?paper=A3")))
			.andReturn().getResponse().getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		// anonymous: not published
		mvc.perform(get("/api/v1/maps/{id}", id)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/maps/{id}/layers", id).with(authentication(TestAuthentication.reader())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.layers[0].kind").value("BOUNDARIES"))
			.andExpect(jsonPath("$.layers[0].geojson.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.layers[0].geojson.features[0].geometry.type",
					Matchers.anyOf(Matchers.is("Polygon"), Matchers.is("MultiPolygon"))))
			.andExpect(jsonPath("$.layers[0].legend.length()").value(Matchers.greaterThan(2)))
			.andExpect(jsonPath("$.layers[1].kind").value("FLOWS"))
			// two flows of 1000 or more, each a white casing, a curve and an arrow head
			.andExpect(jsonPath("$.layers[1].geojson.features.length()").value(6))
			.andExpect(jsonPath("$.bounds.length()").value(4));

		String update = body.replace("\"published\": false", "\"published\": true").replace("Med pendling", "Ändrad");
		mvc.perform(put("/api/v1/maps/{id}", id).with(authentication(editor)).contentType("application/json")
			.content(update)).andExpect(status().isOk()).andExpect(jsonPath("$.subtitle").value("Ändrad"));
		mvc.perform(get("/api/v1/maps")).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].title", Matchers.hasItem(title)));

		mvc.perform(put("/api/v1/maps/{id}", id).with(authentication(TestAuthentication.editorOf(mora.id())))
			.contentType("application/json").content(update)).andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/maps/{id}", id).with(authentication(editor))).andExpect(status().isNoContent());
		assertThat(jdbc.sql("select count(*) from map_composition where id = ?").param(id).query(Long.class).single())
			.isZero();
	}

	@Test
	void aCompositionWithoutATitleIsRefused() throws Exception {
		mvc.perform(post("/api/v1/maps").with(authentication(TestAuthentication.editorOf(falun.id())))
			.contentType("application/json")
			.content("{\"title\": \"\", \"ownerOrganisationId\": " + falun.id() + "}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theLayersOfAPublishedMapAreOpenToVisitors() throws Exception {
		MapComposition map = map("Öppen " + token(), falun.id(), true, layer(LayerKind.BOUNDARIES, null));
		mvc.perform(get("/maps/{id}/layers.json", map.id())).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", Matchers.startsWith("application/json")))
			.andExpect(jsonPath("$.title").value(map.title()))
			.andExpect(jsonPath("$.layers[0].styles[0].fill").value("#f2f2f2"));
		assertThat(SystemUser.call(() -> maps.list(map.title()))).hasSize(1);

		// plain boundaries over another area layer frame it instead of hiding it
		MapComposition framed = map("Ramad " + token(), falun.id(), true, layer(LayerKind.PLAN_MATRIX, null),
				layer(LayerKind.BOUNDARIES, null));
		mvc.perform(get("/maps/{id}/layers.json", framed.id())).andExpect(status().isOk())
			.andExpect(jsonPath("$.layers[1].kind").value("BOUNDARIES"))
			.andExpect(jsonPath("$.layers[1].styles[0].fill").value(Matchers.nullValue()))
			.andExpect(jsonPath("$.layers[1].styles[0].stroke").value("#333333"));
	}

}
