package se.regionrum.indicators.indicator;

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

import se.regionrum.indicators.IndicatorsTestBase;
import se.regionrum.platform.TestAuthentication;

/** The REST API and the pages of indicators: public reading, writes for the region's editors only. */
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorApiTest extends IndicatorsTestBase {

	private String json(String code, long goal) {
		return """
				{"code":"%s","name":"API-tal %s","unit":"%%","source":"KOLADA","sourceId":"N99999","higherIsBetter":false,
				 "goals":[{"goalId":%d,"targetValue":12.5,"targetYear":2030}]}""".formatted(code, code, goal);
	}

	@Test
	void anyoneReadsIndicatorsAndTheirValues() throws Exception {
		long employment = indicatorId("N00914");
		mvc.perform(get("/api/v1/indicators")).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'N00914')].sourceId").value("N00914"));
		mvc.perform(get("/api/v1/indicators").param("source", "OWN").param("q", "bredband")).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].code").value("BREDBAND100"));
		mvc.perform(get("/api/v1/indicators/{id}", employment)).andExpect(status().isOk())
			.andExpect(jsonPath("$.goals[?(@.goalCode == '1.1')].targetValue").value(82.0))
			.andExpect(jsonPath("$.goals[?(@.goalCode == '1.1')].targetYear").value(2030));
		mvc.perform(get("/api/v1/indicators/{id}/values", employment).param("area", "2080,0020").param("gender", "K")
			.param("year", "2024"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[?(@.areaCode == '2080')].status").value("PROVISIONAL"))
			.andExpect(jsonPath("$[?(@.areaCode == '2080')].example").value(true))
			.andExpect(jsonPath("$[?(@.areaCode == '0020')].areaName").value("Dalarnas län"));
		mvc.perform(get("/api/v1/indicators/{id}/values", employment).param("area", "2080"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(10))
			.andExpect(jsonPath("$[0].year").value(2015)).andExpect(jsonPath("$[0].gender").value("T"));
		mvc.perform(get("/api/v1/indicators/{id}", 999_999_999L)).andExpect(status().isNotFound());

		mvc.perform(get("/indicators")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Förvärvsarbetande invånare 20–64 år")));
		mvc.perform(get("/indicators").param("goal", String.valueOf(goalId("1.1"))).param("sort", "code").param("dir", "desc"))
			.andExpect(status().isOk());
		mvc.perform(get("/indicators/{id}", employment).param("gender", "K").param("year", "2020").param("area", "2080", "2062"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Exempeldata.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kommunerna jämförda 2020")));
		mvc.perform(get("/indicators/export.csv").param("source", "KOLADA")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"));
	}

	@Test
	void onlyTheRegionsEditorsChangeIndicators() throws Exception {
		long goal = goalId("2.1");
		String code = token();
		mvc.perform(post("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON).content(json(code, goal)))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/indicators").with(authentication(TestAuthentication.editorOf(falun.id())))
			.contentType(MediaType.APPLICATION_JSON).content(json(code, goal)))
			.andExpect(status().isForbidden());

		String created = mvc.perform(post("/api/v1/indicators").with(authentication(TestAuthentication.editorOf(region.id())))
			.contentType(MediaType.APPLICATION_JSON).content(json(code, goal)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.higherIsBetter").value(false))
			.andExpect(jsonPath("$.goals[0].targetValue").value(12.5))
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(created.replaceAll(".*?\"id\":(\\d+).*", "$1"));

		mvc.perform(post("/api/v1/indicators").with(authentication(TestAuthentication.admin()))
			.contentType(MediaType.APPLICATION_JSON).content(json(code.toLowerCase(java.util.Locale.ROOT), goal)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(put("/api/v1/indicators/{id}", id).with(authentication(TestAuthentication.admin()))
			.contentType(MediaType.APPLICATION_JSON).content(json(code, goal).replace("2030", "3030")))
			.andExpect(status().isBadRequest());
		mvc.perform(put("/api/v1/indicators/{id}", id).with(authentication(TestAuthentication.editorOf(falun.id())))
			.contentType(MediaType.APPLICATION_JSON).content(json(code, goal)))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/indicators/{id}", id).with(authentication(TestAuthentication.admin()))
			.contentType(MediaType.APPLICATION_JSON).content(json(code, goal).replace("API-tal", "Ändrat tal")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Ändrat tal " + code));
		mvc.perform(delete("/api/v1/indicators/{id}", id)).andExpect(status().isUnauthorized());
		mvc.perform(delete("/api/v1/indicators/{id}", id).with(authentication(TestAuthentication.editorOf(falun.id()))))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/indicators/{id}", id).with(authentication(TestAuthentication.editorOf(region.id()))))
			.andExpect(status().isNoContent());
		assertThat(indicators.find(id)).isEmpty();

		// the page forms: a municipal editor may not open them
		mvc.perform(get("/indicators/new").with(authentication(TestAuthentication.editorOf(falun.id()))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/indicators/new").with(authentication(TestAuthentication.admin()))).andExpect(status().isOk());
		mvc.perform(get("/indicators/{id}/edit", indicatorId("N00914")).with(authentication(TestAuthentication.admin())))
			.andExpect(status().isOk());
	}

}
