package se.regionrum.initiatives.establishment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;

import se.regionrum.initiatives.InitiativesTestBase;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/** The establishments in a municipality are changed by its own editors only; through pages and API alike. */
@SpringBootTest
@AutoConfigureMockMvc
class EstablishmentPermissionTest extends InitiativesTestBase {

	@Autowired
	EstablishmentService establishments;

	Authentication falunEditor;

	Authentication moraEditor;

	@BeforeEach
	void editors() {
		falunEditor = TestAuthentication.editorOf(falun.id());
		moraEditor = TestAuthentication.editorOf(mora.id());
	}

	@Test
	void establishmentsBelongToTheirMunicipality() throws Exception {
		EstablishmentForm form = EstablishmentForm.empty();
		form.setCompany("Testfabrik " + token());
		form.setMunicipalityId(mora.id());
		form.setDirectJobs(100);
		Establishment e = SystemUser.call(() -> establishments.create(form));
		String assumptions = """
				{"indirectJobMultiplier": 1, "shareMovingIn": 1, "householdSize": 2, "housingUnitsPerHousehold": 1,
				 "schoolPlacesPerThousand": 100, "householdPowerKw": 5, "rampUpYears": 1}""";
		mvc.perform(put("/api/v1/establishments/{id}/assumptions", e.id()).with(authentication(falunEditor))
			.contentType(MediaType.APPLICATION_JSON).content(assumptions))
			.andExpect(status().isForbidden());
		mvc.perform(post("/establishments/{id}/assumptions", e.id()).with(authentication(falunEditor)).with(csrf())
			.param("indirectJobMultiplier", "1").param("shareMovingIn", "1").param("householdSize", "2")
			.param("housingUnitsPerHousehold", "1").param("schoolPlacesPerThousand", "100")
			.param("householdPowerKw", "5").param("rampUpYears", "1"))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/establishments/{id}", e.id()).with(authentication(falunEditor)))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/establishments/{id}/assumptions", e.id()).with(authentication(moraEditor))
			.contentType(MediaType.APPLICATION_JSON).content(assumptions))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assumptions.indirectJobMultiplier").value(1.0));
	}

}
