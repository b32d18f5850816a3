package se.regionrum.initiatives.establishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;

import se.regionrum.initiatives.InitiativesTestBase;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/** The impact estimate follows its stated assumptions, and a change to them recomputes it. */
@SpringBootTest
@AutoConfigureMockMvc
class ImpactEstimateTest extends InitiativesTestBase {

	@Autowired
	EstablishmentService establishments;

	private Establishment factory() {
		EstablishmentForm form = EstablishmentForm.empty();
		form.setCompany("Räknefabrik " + token());
		form.setMunicipalityId(falun.id());
		form.setDirectJobs(1000);
		form.setPowerDemandMw(100.0);
		form.setOperationStartsOn(LocalDate.of(2030, 1, 1));
		form.setIndirectJobMultiplier(0.5);
		form.setShareMovingIn(0.6);
		form.setHouseholdSize(2.0);
		form.setHousingUnitsPerHousehold(1.0);
		form.setSchoolPlacesPerThousand(200.0);
		form.setHouseholdPowerKw(5.0);
		form.setRampUpYears(2);
		form.setShares(Map.of(falun.id(), 0.75, mora.id(), 0.25));
		form.setPublished(true);
		return SystemUser.call(() -> establishments.create(form));
	}

	@Test
	void arithmeticFollowsTheAssumptions() {
		Establishment e = factory();
		List<ImpactEstimate.Row> rows = establishments.impact(e);
		// years 2030..2032, two municipalities each
		assertThat(rows).hasSize(6);
		ImpactEstimate.Row falun2030 = row(rows, 2030, falun.id());
		// half the jobs in the first of two ramp-up years: 500 direct, 750 in all, 450 households move in
		assertThat(falun2030.directJobs()).isEqualTo(500.0);
		assertThat(falun2030.totalJobs()).isEqualTo(750.0);
		assertThat(falun2030.households()).isCloseTo(450 * 0.75, within(1e-9));
		assertThat(falun2030.inhabitants()).isCloseTo(675.0, within(1e-9));
		assertThat(falun2030.housingUnits()).isCloseTo(337.5, within(1e-9));
		assertThat(falun2030.schoolPlaces()).isCloseTo(135.0, within(1e-9));
		// the plant's 100 MW × 0.5 plus 337.5 households × 5 kW
		assertThat(falun2030.powerMw()).isCloseTo(50 + 1.6875, within(1e-9));
		ImpactEstimate.Row mora2031 = row(rows, 2031, mora.id());
		// full operation: 1,000 direct, 1,500 in all, 900 households, a quarter of them in Mora
		assertThat(mora2031.directJobs()).isZero();
		assertThat(mora2031.households()).isCloseTo(225.0, within(1e-9));
		assertThat(mora2031.inhabitants()).isCloseTo(450.0, within(1e-9));
		assertThat(mora2031.schoolPlaces()).isCloseTo(90.0, within(1e-9));
		assertThat(mora2031.powerMw()).isCloseTo(1.125, within(1e-9));
		assertThat(row(rows, 2032, falun.id()).totalJobs()).isEqualTo(1500.0);
	}

	@Test
	void changedAssumptionsRecomputeTheEstimate() throws Exception {
		Establishment e = factory();
		String assumptions = """
				{"indirectJobMultiplier": 1.0, "shareMovingIn": 0.5, "householdSize": 2.5, "housingUnitsPerHousehold": 1.0,
				 "schoolPlacesPerThousand": 100, "householdPowerKw": 4, "rampUpYears": 1, "shares": {"%d": 1.0}}"""
			.formatted(falun.id());
		// what-if: computed, not saved
		mvc.perform(post("/api/v1/establishments/{id}/impact", e.id()).with(authentication(TestAuthentication.reader()))
			.contentType(MediaType.APPLICATION_JSON).content(assumptions))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows.length()").value(2))
			.andExpect(jsonPath("$.rows[0].totalJobs").value(2000.0))
			.andExpect(jsonPath("$.rows[0].inhabitants").value(2500.0));
		assertThat(establishments.get(e.id()).indirectJobMultiplier()).isEqualTo(0.5);
		// saved by an editor of the municipality: from now on the estimate uses them
		mvc.perform(put("/api/v1/establishments/{id}/assumptions", e.id())
			.with(authentication(TestAuthentication.editorOf(falun.id()))).contentType(MediaType.APPLICATION_JSON)
			.content(assumptions))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0].schoolPlaces").value(250.0));
		mvc.perform(get("/api/v1/establishments/{id}/impact", e.id()))
			.andExpect(jsonPath("$.assumptions.indirectJobMultiplier").value(1.0))
			.andExpect(jsonPath("$.rows[0].powerMw").value(100 + 1000 * 4 / 1000.0))
			.andExpect(jsonPath("$.rows.length()").value(2));
		// the page shows the assumptions next to the result and recomputes from the query (htmx fragment)
		String fragment = mvc.perform(get("/establishments/{id}", e.id()).header("HX-Request", "true")
			.param("whatIf", "1").param("indirectJobMultiplier", "0").param("shareMovingIn", "1")
			.param("householdSize", "3").param("housingUnitsPerHousehold", "1").param("schoolPlacesPerThousand", "100")
			.param("householdPowerKw", "0").param("rampUpYears", "1"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		// 1,000 jobs, all households move in with 3 people each
		assertThat(fragment).contains("id=\"impact\"").contains("3\u00a0000").doesNotContain("<html");
		String page = mvc.perform(get("/establishments/{id}", e.id())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// the saved 1.0, as a Swedish page writes it
		assertThat(page).contains("name=\"indirectJobMultiplier\"").contains("value=\"1\"");
		// shares must add up to one
		mvc.perform(put("/api/v1/establishments/{id}/assumptions", e.id())
			.with(authentication(TestAuthentication.editorOf(falun.id()))).contentType(MediaType.APPLICATION_JSON)
			.content(assumptions.replace(": 1.0}", ": 0.4}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("shares"));
	}

	@Test
	void whatIfReadsTheDecimalCommaAndSaysWhenItCannotRecompute() throws Exception {
		Establishment e = factory();
		// the form shows the saved assumptions the Swedish way, and in English the English way
		String page = mvc.perform(get("/establishments/{id}", e.id())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"shareMovingIn\"").contains("value=\"0,6\"").contains("value=\"0,75\"")
			.contains("inputmode=\"decimal\"").doesNotContain("type=\"number\"");
		String english = mvc.perform(get("/establishments/{id}", e.id()).param("lang", "en")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).contains("value=\"0.6\"").contains("value=\"0.75\"").contains("1,500");
		// "0,9" indirect jobs per direct job: 1,000 jobs make 1,900 in full operation (2031), 950 in Falun in 2030
		String fragment = mvc.perform(whatIf(e, "0,9")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).contains("Beräknat med antagandena i formuläret").contains("<td class=\"num\">1\u00a0900</td>")
			.doesNotContain("error-summary");
		assertThat(mvc.perform(whatIf(e, "0.9")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(fragment);
		// not a number: the fragment htmx puts in says so and links to the field, instead of showing old figures silently
		fragment = mvc.perform(whatIf(e, "0,9x")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).contains("error-summary").contains("href=\"#indirectJobMultiplier\"")
			.contains("Ange ett tal, till exempel 0,9.").contains("Inte omräknat")
			.doesNotContain("Beräknat med antagandena i formuläret");
		assertThat(establishments.get(e.id()).indirectJobMultiplier()).isEqualTo(0.5);
	}

	private org.springframework.test.web.servlet.RequestBuilder whatIf(Establishment e, String multiplier) {
		return get("/establishments/{id}", e.id()).header("HX-Request", "true").param("whatIf", "1")
			.param("indirectJobMultiplier", multiplier).param("shareMovingIn", "0,6").param("householdSize", "2")
			.param("housingUnitsPerHousehold", "1").param("schoolPlacesPerThousand", "200")
			.param("householdPowerKw", "5").param("rampUpYears", "2")
			.param("shares[" + falun.id() + "]", "0,75").param("shares[" + mora.id() + "]", "0,25");
	}

	private static ImpactEstimate.Row row(List<ImpactEstimate.Row> rows, int year, long municipality) {
		return rows.stream().filter(r -> r.year() == year && r.municipalityId() == municipality).findFirst()
			.orElseThrow();
	}

}
