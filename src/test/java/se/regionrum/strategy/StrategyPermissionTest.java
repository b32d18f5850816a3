package se.regionrum.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.actors.OrganisationKind;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;
import se.regionrum.strategy.goal.Goal;
import se.regionrum.strategy.goal.GoalForm;
import se.regionrum.strategy.goal.GoalService;
import se.regionrum.strategy.issue.Issue;
import se.regionrum.strategy.issue.IssueForm;
import se.regionrum.strategy.issue.IssueService;
import se.regionrum.strategy.plan.Plan;
import se.regionrum.strategy.plan.PlanForm;
import se.regionrum.strategy.plan.PlanService;
import se.regionrum.strategy.plan.PlanTypeService;
import se.regionrum.strategy.strategy.Strategy;
import se.regionrum.strategy.strategy.StrategyForm;
import se.regionrum.strategy.strategy.StrategyService;

/**
 * Who may change what is decided in the services: an editor of one municipality changes only
 * that municipality's plans, strategies and issues, through the pages and the API; anonymous
 * visitors see only what is published and change nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StrategyFixtures.class)
class StrategyPermissionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StrategyFixtures data;

	@Autowired
	StrategyService strategies;

	@Autowired
	GoalService goals;

	@Autowired
	PlanService plans;

	@Autowired
	PlanTypeService types;

	@Autowired
	IssueService issues;

	@Autowired
	JdbcClient jdbc;

	long a;

	long b;

	long serviceplan;

	Plan planOfA;

	Plan planOfB;

	Strategy publishedOfA;

	Strategy unpublishedOfB;

	Goal goalOfB;

	Issue unpublishedIssueOfB;

	Authentication editorOfA;

	@BeforeEach
	void data() {
		a = data.municipality("9901", "Behörighetstest A kommun");
		b = data.municipality("9902", "Behörighetstest B kommun");
		serviceplan = types.findByCode("SERVICEPLAN").orElseThrow().id();
		editorOfA = TestAuthentication.editorOf(a);
		SystemUser.run(() -> {
			planOfA = plans.create(new PlanForm(a, serviceplan, "Serviceplan A", LocalDate.of(2024, 1, 10), null, "", ""));
			planOfB = plans.create(new PlanForm(b, serviceplan, "Serviceplan B", LocalDate.of(2024, 2, 10), null, "", "Orörd"));
			publishedOfA = strategies.create(new StrategyForm("Behörighetstest publicerad strategi A " + System.nanoTime(),
					StrategyKind.MUNICIPAL, a, 2024, 2030, StrategyStatus.ADOPTED, LocalDate.of(2024, 3, 1), "", "", true));
			unpublishedOfB = strategies.create(new StrategyForm("Behörighetstest hemlig strategi B " + System.nanoTime(),
					StrategyKind.MUNICIPAL, b, 2025, 2035, StrategyStatus.DRAFT, null, "", "", false));
			goalOfB = goals.add(unpublishedOfB.id(), new GoalForm(GoalLevel.GOAL_AREA, null, "", "B:s målområde", "", List.of()));
			unpublishedIssueOfB = issues.create(new IssueForm("Behörighetstest opublicerad sakfråga " + System.nanoTime(), "", b,
					null, null, null, "", false, List.of(), List.of(), null));
		});
	}

	private String planJson(long organisation, String note) {
		return """
				{"organisationId": %d, "planTypeId": %d, "title": "Ändrad", "adoptedOn": "2024-02-10", "note": "%s"}"""
			.formatted(organisation, serviceplan, note);
	}

	@Test
	void editorOfOneMunicipalityCannotChangeAnothersPlan() throws Exception {
		mvc.perform(post("/plans/{id}/edit", planOfB.id()).with(authentication(editorOfA)).with(csrf())
			.param("organisationId", String.valueOf(b))
			.param("planTypeId", String.valueOf(serviceplan))
			.param("title", "Ändrad av A")
			.param("adoptedOn", "2024-02-10"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/plans/{id}/edit", planOfB.id()).with(authentication(editorOfA))).andExpect(status().isForbidden());
		mvc.perform(post("/plans/{id}/delete", planOfB.id()).with(authentication(editorOfA)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/plans/{id}", planOfB.id()).with(authentication(editorOfA))
			.contentType(MediaType.APPLICATION_JSON).content(planJson(b, "Ändrad via API")))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/plans/{id}", planOfB.id()).with(authentication(editorOfA)))
			.andExpect(status().isForbidden());
		// nor move A's plan to B, nor register one for B
		mvc.perform(put("/api/v1/plans/{id}", planOfA.id()).with(authentication(editorOfA))
			.contentType(MediaType.APPLICATION_JSON).content(planJson(b, "Flyttad")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/plans").with(authentication(editorOfA))
			.contentType(MediaType.APPLICATION_JSON).content(planJson(b, "Ny för B")))
			.andExpect(status().isForbidden());
		assertThat(plans.get(planOfB.id()).note()).isEqualTo("Orörd");
		assertThat(plans.get(planOfA.id()).organisationId()).isEqualTo(a);
	}

	@Test
	void editorMayChangeTheirOwnMunicipalitysPlan() throws Exception {
		mvc.perform(put("/api/v1/plans/{id}", planOfA.id()).with(authentication(editorOfA))
			.contentType(MediaType.APPLICATION_JSON).content(planJson(a, "Uppdaterad av A")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.note").value("Uppdaterad av A"));
	}

	@Test
	void editorOfOneMunicipalityCannotChangeAnothersStrategyOrGoals() throws Exception {
		mvc.perform(post("/strategies/{id}/edit", unpublishedOfB.id()).with(authentication(editorOfA)).with(csrf())
			.param("name", "Kapad")
			.param("kind", "MUNICIPAL")
			.param("ownerOrganisationId", String.valueOf(b))
			.param("status", "DRAFT"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/strategies/{id}", unpublishedOfB.id()).with(authentication(editorOfA))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Kapad\", \"kind\": \"MUNICIPAL\", \"ownerOrganisationId\": " + b + ", \"status\": \"DRAFT\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/strategies").with(authentication(editorOfA)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Åt B\", \"kind\": \"MUNICIPAL\", \"ownerOrganisationId\": " + b + ", \"status\": \"DRAFT\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/strategies/{id}/goals", unpublishedOfB.id()).with(authentication(editorOfA))
			.contentType(MediaType.APPLICATION_JSON).content("{\"level\": \"GOAL_AREA\", \"title\": \"Inskjutet\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/strategies/{s}/goals/new", unpublishedOfB.id()).with(authentication(editorOfA)).with(csrf())
			.param("level", "GOAL_AREA").param("title", "Inskjutet"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/strategies/{s}/goals/{g}/retire", unpublishedOfB.id(), goalOfB.id())
			.with(authentication(editorOfA)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/strategies/{s}/goals/{g}/move", unpublishedOfB.id(), goalOfB.id())
			.with(authentication(editorOfA)).with(csrf()).param("direction", "up"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/strategies/{id}/delete", unpublishedOfB.id()).with(authentication(editorOfA)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(strategies.get(unpublishedOfB.id()).name()).startsWith("Behörighetstest hemlig");
		assertThat(goals.get(goalOfB.id()).retired()).isFalse();
		assertThat(goals.tree(unpublishedOfB)).hasSize(1);
	}

	@Test
	void editorMayChangeTheirOwnStrategy() throws Exception {
		mvc.perform(post("/api/v1/strategies/{id}/goals", publishedOfA.id()).with(authentication(editorOfA))
			.contentType(MediaType.APPLICATION_JSON).content("{\"level\": \"GOAL_AREA\", \"title\": \"A:s målområde\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value("1"));
	}

	@Test
	void anonymousVisitorsSeeOnlyPublishedStrategiesAndIssues() throws Exception {
		String list = mvc.perform(get("/strategies").param("q", "Behörighetstest")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains(publishedOfA.name()).doesNotContain(unpublishedOfB.name());
		mvc.perform(get("/strategies/{id}", publishedOfA.id())).andExpect(status().isOk());
		mvc.perform(get("/strategies/{id}", unpublishedOfB.id()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", Matchers.endsWith("/login")));
		mvc.perform(get("/strategies/{s}/goals/{g}", unpublishedOfB.id(), goalOfB.id()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/strategies/{id}", unpublishedOfB.id())).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/strategies/{id}/goals", unpublishedOfB.id())).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/strategies").param("q", "Behörighetstest"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name", Matchers.hasItem(publishedOfA.name())))
			.andExpect(jsonPath("$.items[*].name", Matchers.not(Matchers.hasItem(unpublishedOfB.name()))));
		mvc.perform(get("/issues/{id}", unpublishedIssueOfB.id())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/issues/{id}", unpublishedIssueOfB.id())).andExpect(status().isUnauthorized());
		assertThat(mvc.perform(get("/issues")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain(unpublishedIssueOfB.title());

		// signed-in readers see unpublished ones
		Authentication reader = TestAuthentication.reader();
		mvc.perform(get("/strategies/{id}", unpublishedOfB.id()).with(authentication(reader))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/strategies/{id}", unpublishedOfB.id()).with(authentication(reader)))
			.andExpect(status().isOk());
		mvc.perform(get("/issues/{id}", unpublishedIssueOfB.id()).with(authentication(reader))).andExpect(status().isOk());
	}

	@Test
	void anonymousVisitorsAndReadersChangeNothing() throws Exception {
		mvc.perform(post("/plans/new").with(csrf()).param("organisationId", String.valueOf(a))
			.param("planTypeId", String.valueOf(serviceplan)).param("title", "Anonym").param("adoptedOn", "2024-01-01"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", Matchers.endsWith("/login")));
		mvc.perform(post("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).content(planJson(a, "Anonym")))
			.andExpect(status().isUnauthorized());
		mvc.perform(put("/api/v1/plans/{id}", planOfA.id()).with(authentication(TestAuthentication.reader()))
			.contentType(MediaType.APPLICATION_JSON).content(planJson(a, "Läsare")))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from plan where title = 'Anonym'").query(Long.class).single()).isZero();
		for (String form : List.of("/strategies/new", "/plans/new", "/plans/import", "/consultations/new", "/issues/new")) {
			mvc.perform(get(form).with(authentication(TestAuthentication.reader()))).andExpect(status().isForbidden());
			mvc.perform(get(form)).andExpect(status().is3xxRedirection());
		}
	}

	@Test
	void onlyAdministratorsKeepThePlanTypes() throws Exception {
		mvc.perform(post("/plan-types/new").with(authentication(editorOfA)).with(csrf())
			.param("code", "EDITORTYP").param("name", "Redaktörens typ"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/plan-types").with(authentication(editorOfA)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"EDITORTYP\", \"name\": \"Redaktörens typ\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/plan-types/new").with(authentication(editorOfA))).andExpect(status().isForbidden());
		assertThat(types.findByCode("EDITORTYP")).isEmpty();
	}

	@Test
	void editorOfOneOrganisationCannotChangeAnothersIssue() throws Exception {
		mvc.perform(post("/issues/{id}/edit", unpublishedIssueOfB.id()).with(authentication(editorOfA)).with(csrf())
			.param("title", "Kapad").param("ownerOrganisationId", String.valueOf(b)))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/issues/{id}", unpublishedIssueOfB.id()).with(authentication(editorOfA)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/issues").with(authentication(editorOfA)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Åt B\", \"ownerOrganisationId\": " + b + "}"))
			.andExpect(status().isForbidden());
		assertThat(issues.get(unpublishedIssueOfB.id()).title()).startsWith("Behörighetstest opublicerad");
	}

	@Test
	void aRegionalStrategyBelongsToARegion() throws Exception {
		long region = data.organisation("Behörighetstest region", OrganisationKind.REGION, "99");
		mvc.perform(post("/api/v1/strategies").with(authentication(editorOfA)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Regionens\", \"kind\": \"REGIONAL\", \"ownerOrganisationId\": " + region
					+ ", \"status\": \"DRAFT\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/strategies").with(authentication(TestAuthentication.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Fel ägare\", \"kind\": \"REGIONAL\", \"ownerOrganisationId\": " + a
					+ ", \"status\": \"DRAFT\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("ownerOrganisationId"))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("ägs av en region")));
	}

}
