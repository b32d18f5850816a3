package se.regionrum.followup.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;

import se.regionrum.followup.FollowupTestBase;
import se.regionrum.platform.TestAuthentication;

/** The REST API of programmes: create, parts, rules as problems, visibility and permissions. */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeApiTest extends FollowupTestBase {

	private String programmeJson(long owner, String name, boolean published) {
		return """
				{"kind":"PROJECT","name":"%s","purpose":"Service i hela länet","startDate":"2016-01-01","endDate":"2019-12-31",
				 "status":"ONGOING","ownerOrganisationId":%d,"published":%s,
				 "partners":[{"name":"Coompanion Dalarna","role":"kooperativ"}],
				 "results":["Ett resultat"],"lessons":["En lärdom"],
				 "measures":[{"kind":"PLAN_COVERAGE","planTypeCode":"SERVICEPLAN"}]}""".formatted(name, owner, published);
	}

	@Test
	void anEditorBuildsTheirOwnProgrammeThroughTheApi() throws Exception {
		var editor = TestAuthentication.editorOf(mora.id());
		String name = "API-program " + token();
		String created = mvc.perform(post("/api/v1/programmes").with(authentication(editor))
			.contentType(MediaType.APPLICATION_JSON).content(programmeJson(mora.id(), name, true)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.partners[0].organisationId").isNumber())
			.andExpect(jsonPath("$.measures[0].kind").value("PLAN_COVERAGE"))
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(created.replaceAll(".*?\"id\":(\\d+).*", "$1"));

		String area = mvc.perform(post("/api/v1/programmes/{id}/action-areas", id).with(authentication(editor))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Omvärldsbevakning\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long areaId = Long.parseLong(area.replaceAll(".*?\"id\":(\\d+).*", "$1"));
		mvc.perform(post("/api/v1/programmes/{id}/activities", id).with(authentication(editor))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"actionAreaId\":%d,\"kind\":\"SEMINAR\",\"title\":\"Seminarium\",\"activityDate\":\"2017-02-01\",\"participants\":40}".formatted(areaId)))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/programmes/{id}/activities", id).with(authentication(editor))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"actionAreaId\":%d,\"kind\":\"SEMINAR\",\"title\":\"Sent\",\"activityDate\":\"2021-02-01\"}".formatted(areaId)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		long kind = jdbc.sql("select id from cost_kind where code = 'TRAVEL'").query(Long.class).single();
		mvc.perform(post("/api/v1/programmes/{id}/costs", id).with(authentication(editor))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"costYear\":2018,\"costKindId\":%d,\"budget\":50000,\"spent\":42000}".formatted(kind)))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.spent").value(42000));
		mvc.perform(post("/api/v1/programmes/{id}/costs", id).with(authentication(editor))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"costYear\":2018,\"costKindId\":%d,\"spent\":\"fyrtiotvåtusen\"}".formatted(kind)))
			.andExpect(status().isBadRequest());

		mvc.perform(get("/api/v1/programmes/{id}/activities", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1));
		mvc.perform(get("/api/v1/programmes/{id}/costs", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].costYear").value(2018));
		mvc.perform(get("/api/v1/programmes").param("owner", String.valueOf(mora.id())).param("year", "2017"))
			.andExpect(status().isOk()).andExpect(jsonPath("$[?(@.name == '" + name + "')]").exists());
		mvc.perform(get("/api/v1/programmes").param("owner", String.valueOf(mora.id())).param("year", "2022"))
			.andExpect(status().isOk()).andExpect(jsonPath("$[?(@.name == '" + name + "')]").doesNotExist());
		// the five seeded kinds (administrators may have added more: CostKindAdministrationTest)
		mvc.perform(get("/api/v1/cost-kinds")).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'PERSONNEL')].name").value("Personal"))
			.andExpect(jsonPath("$[?(@.code == 'OTHER')].name").value("Övrigt"));

		mvc.perform(put("/api/v1/programmes/{id}", id).with(authentication(TestAuthentication.editorOf(falun.id())))
			.contentType(MediaType.APPLICATION_JSON).content(programmeJson(mora.id(), "Kapat", true)))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/programmes/{id}", id).with(authentication(editor)).contentType(MediaType.APPLICATION_JSON)
			.content(programmeJson(mora.id(), name, false).replace("2019-12-31", "2015-12-31")))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/programmes").contentType(MediaType.APPLICATION_JSON)
			.content(programmeJson(mora.id(), "Anonymt", true))).andExpect(status().isUnauthorized());
		mvc.perform(delete("/api/v1/programmes/{id}", id).with(authentication(editor))).andExpect(status().isNoContent());
		assertThat(jdbc.sql("select count(*) from activity where programme_id = ?").param(id).query(Long.class).single()).isZero();
	}

}
