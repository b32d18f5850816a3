package se.regionrum.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.analysis.AnalysisFixtures;
import se.regionrum.analysis.dataset.DataSetService;
import se.regionrum.analysis.run.AnalysisRun;
import se.regionrum.analysis.run.RunService;
import se.regionrum.initiatives.InitiativesFixtures;
import se.regionrum.initiatives.initiative.Initiative;
import se.regionrum.initiatives.initiative.InitiativeService;
import se.regionrum.platform.SessionCookie;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/**
 * Every kind of number field takes what people type on a Swedish page ("0,9", "0.9", "1 234,5",
 * with spaces or no-break spaces) and shows the stored value back the page's way ("0,9" in
 * Swedish, "0.9" in English); text that is no number gets a clear message, never a silent
 * fallback or an error page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NumberFieldsWebTest {

	static final String NBSP = "\u00a0";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Autowired
	OrganisationService organisationService;

	@Autowired
	InitiativeService initiatives;

	@Autowired
	DataSetService data;

	@Autowired
	RunService runs;

	final Authentication admin = TestAuthentication.admin();

	OrganisationRef falun;

	OrganisationRef mora;

	String token;

	@BeforeEach
	void world() {
		InitiativesFixtures.ensure(jdbc, organisations, organisationService);
		falun = organisations.findByScbCode("2080").orElseThrow();
		mora = organisations.findByScbCode("2062").orElseThrow();
		token = Long.toString(System.nanoTime(), 36);
	}

	@Test
	void organisationCoordinatesAndPopulation() throws Exception {
		String name = "Decimalföreningen " + token;
		FormPage form = form("/organisations/new").set("name", name).set("kind", "ASSOCIATION")
			.set("population", "12 345").set("populationYear", "2024").set("townLatitude", "60,606934")
			.set("townLongitude", "15.63");
		String location = redirect(form.request());
		Map<String, Object> row = jdbc
			.sql("select population, town_latitude, town_longitude from organisation where name = ?")
			.param(name).query().singleRow();
		assertThat(((Number) row.get("population")).intValue()).isEqualTo(12345);
		assertThat(((Number) row.get("town_latitude")).doubleValue()).isEqualTo(60.606934);
		assertThat(((Number) row.get("town_longitude")).doubleValue()).isEqualTo(15.63);

		String edit = page(get(location + "/edit"));
		assertThat(edit).contains("value=\"60,606934\"").contains("value=\"15,63\"").contains("value=\"12345\"")
			.contains("value=\"2024\"").contains("inputmode=\"decimal\"").contains("inputmode=\"numeric\"")
			.doesNotContain("type=\"number\"");
		assertThat(page(get(location + "/edit").param("lang", "en"))).contains("value=\"60.606934\"");
		assertThat(page(get(location))).contains("12" + NBSP + "345");
		assertThat(page(get(location).param("lang", "en"))).contains("12,345").doesNotContain("12" + NBSP + "345");

		String refused = page(form.set("townLatitude", "sextio komma sex").request());
		assertThat(refused).contains("Ange latituden som ett tal, till exempel 60,6.").contains("href=\"#townLatitude\"")
			.contains("value=\"sextio komma sex\"");
	}

	@Test
	void establishmentFactsAndAssumptions() throws Exception {
		String company = "Decimalfabriken " + token;
		FormPage form = form("/establishments/new").set("company", company).set("municipalityId", String.valueOf(falun.id()))
			.set("directJobs", "1 200").set("powerDemandMw", "12,5").set("latitude", "60,6").set("longitude", "15.6")
			.set("operationStartsOn", "2030-01-01").set("indirectJobMultiplier", "0,9").set("shareMovingIn", "0,55")
			.set("householdSize", "2,1").set("housingUnitsPerHousehold", "1").set("schoolPlacesPerThousand", "180,5")
			.set("householdPowerKw", "4,5").set("rampUpYears", "2").set("shares[" + falun.id() + "]", "0,75")
			.set("shares[" + mora.id() + "]", "0,25");
		String location = redirect(form.request());
		Map<String, Object> row = jdbc.sql("""
				select direct_jobs, power_demand_mw, latitude, indirect_job_multiplier, school_places_per_thousand
				from establishment where company = ?""").param(company).query().singleRow();
		assertThat(((Number) row.get("direct_jobs")).intValue()).isEqualTo(1200);
		assertThat(((Number) row.get("power_demand_mw")).doubleValue()).isEqualTo(12.5);
		assertThat(((Number) row.get("latitude")).doubleValue()).isEqualTo(60.6);
		assertThat(((Number) row.get("indirect_job_multiplier")).doubleValue()).isEqualTo(0.9);
		assertThat(((Number) row.get("school_places_per_thousand")).doubleValue()).isEqualTo(180.5);
		String edit = page(get(location + "/edit"));
		assertThat(edit).contains("value=\"12,5\"").contains("value=\"0,9\"").contains("value=\"0,75\"")
			.contains("value=\"1200\"");
		assertThat(page(get(location))).contains("1" + NBSP + "200").contains("12,5");
		assertThat(page(get(location).param("lang", "en"))).contains("1,200").contains("12.5").contains("value=\"0.9\"");
	}

	@Test
	void initiativePlaceAndFundingAmounts() throws Exception {
		String title = "Decimalinitiativ " + token;
		FormPage form = form("/initiatives/new").set("title", title).set("ownerOrganisationId", String.valueOf(falun.id()))
			.set("level", "LOCAL").set("municipalityIds", String.valueOf(falun.id())).set("placeKind", "POINT")
			.set("latitude", "60,6069").set("longitude", "15,6355").set("startYear", "2026").set("endYear", "2 028");
		redirect(form.request());
		Map<String, Object> row = jdbc.sql("select latitude, longitude, end_year from initiative where title = ?")
			.param(title).query().singleRow();
		assertThat(((Number) row.get("latitude")).doubleValue()).isEqualTo(60.6069);
		assertThat(((Number) row.get("longitude")).doubleValue()).isEqualTo(15.6355);
		assertThat(((Number) row.get("end_year")).intValue()).isEqualTo(2028);

		Initiative initiative = InitiativesFixtures.create(initiatives, "Decimalfinansiering " + token, falun.id(),
				List.of(falun.id()), true);
		FormPage funding = form("/initiatives/" + initiative.id() + "/funding/new")
			.set("source", "REGIONAL_DEVELOPMENT_FUNDS").set("fundingYear", "2026").set("amountApplied", "1 500 000")
			.set("amountGranted", "1" + NBSP + "200" + NBSP + "000").set("amountSpent", "0");
		redirect(funding.request());
		Map<String, Object> amounts = jdbc
			.sql("select amount_applied, amount_granted from funding_line where initiative_id = ?")
			.param(initiative.id()).query().singleRow();
		assertThat(((Number) amounts.get("amount_applied")).longValue()).isEqualTo(1_500_000L);
		assertThat(((Number) amounts.get("amount_granted")).longValue()).isEqualTo(1_200_000L);
		assertThat(page(get("/initiatives/" + initiative.id()))).contains("1" + NBSP + "500" + NBSP + "000");
		assertThat(page(get("/initiatives/" + initiative.id()).param("lang", "en"))).contains("1,500,000");

		String refused = page(funding.set("amountApplied", "12,5").request());
		assertThat(refused).contains("Ange ett heltal, till exempel 12.").contains("href=\"#amountApplied\"");
	}

	@Test
	void meetingAndSeriesQuotas() throws Exception {
		String title = "Decimalmöte " + token;
		FormPage form = form("/meetings/new").set("title", title).set("date", LocalDate.now().plusDays(30).toString())
			.set("startTime", "10:00").set("endTime", "12:00").set("capacity", "1 200").set("perOrganisationLimit", "3");
		redirect(form.request());
		assertThat(jdbc.sql("select capacity from meeting where title = ?").param(title).query(Integer.class).single())
			.isEqualTo(1200);
		assertThat(page(form.set("capacity", "trettio").request())).contains("Ange ett heltal, till exempel 12.")
			.contains("href=\"#capacity\"");

		String series = "Decimalserie " + token;
		redirect(form("/series/new").set("title", series).set("capacity", "40").set("perOrganisationLimit", "2")
			.set("organiserIds", String.valueOf(falun.id())).request());
		assertThat(jdbc.sql("select capacity from meeting_series where title = ?").param(series).query(Integer.class)
			.single()).isEqualTo(40);
	}

	@Test
	void strategyPeriodAndPlanTypeYears() throws Exception {
		String name = "Decimalstrategi " + token;
		redirect(form("/strategies/new").set("name", name).set("kind", "MUNICIPAL")
			.set("ownerOrganisationId", String.valueOf(falun.id())).set("periodStart", "2026").set("periodEnd", " 2030 ")
			.request());
		assertThat(jdbc.sql("select period_end from strategy where name = ?").param(name).query(Integer.class).single())
			.isEqualTo(2030);
		String code = "DECIMAL_" + token.toUpperCase();
		redirect(form("/plan-types/new").set("name", "Decimalplan " + token).set("code", code).set("validityYears", "8")
			.set("position", "1" + NBSP + "000").request());
		assertThat(jdbc.sql("select position from plan_type where code = ?").param(code).query(Integer.class).single())
			.isEqualTo(1000);
	}

	@Test
	void analysisSettingsAndScenarioCoordinates() throws Exception {
		AnalysisFixtures.World world = AnalysisFixtures.create(data, "decimal " + token);
		FormPage form = form("/analysis").set("name", "Decimalanalys " + token)
			.set("gridId", String.valueOf(world.gridId())).set("networkId", String.valueOf(world.networkId()))
			.set("pointSetId", String.valueOf(world.pointSetId())).set("cellSnapMeters", "1 000,5")
			.set("pointSnapMeters", "500,25").set("connectorSpeedKmh", "20,5").set("thresholds", "10, 20, 30");
		String location = redirect(form.request());
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		AnalysisRun run = AnalysisFixtures.await(runs, id);
		assertThat(run.settings().cellSnapMeters()).isEqualTo(1000.5);
		assertThat(run.settings().pointSnapMeters()).isEqualTo(500.25);
		assertThat(run.settings().connectorSpeedKmh()).isEqualTo(20.5);
		assertThat(page(form.set("connectorSpeedKmh", "fort").request())).contains("Ange ett tal, till exempel 0,9.")
			.contains("href=\"#connectorSpeedKmh\"");

		String type = run.serviceTypes().get(0);
		MockHttpServletRequestBuilder scenario = FormPage.of(page(get(location + "/impacts")), "form[action$=/scenario]")
			.set("addType", type).set("addName", "Nytt " + token).set("addX", "6 700 000,5").set("addY", "1 500 000")
			.request();
		String scenarioLocation = redirect(scenario);
		long scenarioId = Long.parseLong(scenarioLocation.substring(scenarioLocation.lastIndexOf('/') + 1));
		AnalysisRun added = SystemUser.call(() -> runs.get(scenarioId));
		assertThat(added.addedPoints()).extracting(AnalysisRun.AddedPoint::x).containsExactly(6_700_000.5);

		scenario = FormPage.of(page(get(location + "/impacts")), "form[action$=/scenario]").set("addType", type)
			.set("addX", "sex miljoner").set("addY", "1").request();
		var refused = mvc.perform(scenario.with(authentication(admin))).andReturn();
		// back to the form as typed, the wrong coordinate named
		assertThat(refused.getResponse().getRedirectedUrl()).startsWith(location + "/impacts?")
			.contains("addX=sex%20miljoner", "addY=1").endsWith("#scenario");
		assertThat((Map<String, Object>) refused.getFlashMap()).containsEntry("failure", "analysis.scenario.invalid.addX");
		assertThat(page(get(java.net.URI.create(refused.getResponse().getRedirectedUrl().replace("#scenario", "")))
			.cookie(SessionCookie.of(refused))))
			.contains("Nytt ställe, X: skriv den östliga koordinaten", "value=\"sex miljoner\"");
	}

	private FormPage form(String path) throws Exception {
		return FormPage.of(page(get(path)), "form.form[method=post]");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(authentication(admin))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** Sends the form and returns where a clean save leads; fails with the page when the form comes back. */
	private String redirect(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = mvc.perform(request.with(authentication(admin))).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).as(response.getContentAsString(StandardCharsets.UTF_8)).isNotNull();
		return response.getRedirectedUrl();
	}

}
