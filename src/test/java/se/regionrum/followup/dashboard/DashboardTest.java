package se.regionrum.followup.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import se.regionrum.followup.FollowupFixtures;
import se.regionrum.followup.FollowupTestBase;
import se.regionrum.followup.dashboard.IndicatorTrend.TargetState;
import se.regionrum.followup.dashboard.IndicatorTrend.Trend;
import se.regionrum.indicators.Area;
import se.regionrum.indicators.Areas;
import se.regionrum.initiatives.InitiativeStatus;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/**
 * The goal dashboard of a strategy: indicators with trend and target, initiatives by status, funding,
 * consensus and programmes per goal; who may see it (as the strategy), through page and API alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardTest extends FollowupTestBase {

	@Autowired
	private DashboardService service;

	@Autowired
	private Areas areas;

	private FollowupFixtures fixtures;

	private long region;

	private String regionCode;

	@BeforeEach
	void fixtures() {
		fixtures = new FollowupFixtures(jdbc);
		region = organisations.findByName("Region Dalarna").orElseThrow().id();
		regionCode = Area.regionCode(areas.homeCountyCode());
	}

	/** A published strategy (start 2020) with two goals: the first with an indicator, initiatives, a consultation and a programme. */
	private FollowupFixtures.StrategyGoals world(String token, boolean published) {
		FollowupFixtures.StrategyGoals s = fixtures.strategy("Strategi " + token, region, published, 2020, 2);
		long goal = s.goalIds().get(0);
		long employment = fixtures.indicator("SYS" + token, "Sysselsättningsgrad " + token, true, regionCode, 2018,
				70.0, 71.0, 72.0, 73.5, 75.0);
		long unemployment = fixtures.indicator("ARB" + token, "Arbetslöshet " + token, false, regionCode, 2019, 8.0, 8.4, 9.0);
		fixtures.link(employment, goal, 80.0, 2030);
		fixtures.link(unemployment, goal, 5.0, 2024);
		fixtures.initiative("Publicerat " + token, falun.id(), falun.id(), goal, "UNDER_WAY", true, false, 500_000, 300_000, 100_000);
		fixtures.initiative("Idé " + token, mora.id(), mora.id(), goal, "IDEA", true, false, 0, 0, 0);
		fixtures.initiative("Internt " + token, mora.id(), mora.id(), goal, "UNDER_WAY", false, false, 1_000_000, 1_000_000, 0);
		fixtures.consultation(s.strategyId(), List.of(goal), List.of(falun.id(), mora.id()), List.of("SUPPORTS", "OPPOSES"));
		fixtures.programme("Program " + token, region, goal, true);
		fixtures.programme("Internt program " + token, region, goal, false);
		return s;
	}

	@Test
	void aGoalShowsItsIndicatorsTrendTargetInitiativesFundingConsensusAndProgrammes() {
		String token = token();
		FollowupFixtures.StrategyGoals s = world(token, true);
		GoalDashboard d = SystemUser.call(() -> service.strategyDashboard(s.strategyId()));
		assertThat(d.areaCode()).isEqualTo(regionCode);
		assertThat(d.startYear()).isEqualTo(2020);
		assertThat(d.areas()).hasSize(1);
		GoalDashboard.GoalFollowUp goal = d.areas().get(0).goals().get(0);
		assertThat(goal.goal().id()).isEqualTo(s.goalIds().get(0));

		IndicatorTrend employment = goal.indicators().stream()
			.filter(t -> t.indicator().code().equals("SYS" + token)).findFirst().orElseThrow();
		assertThat(employment.baselineYear()).isEqualTo(2020);
		assertThat(employment.latestYear()).isEqualTo(2022);
		assertThat(employment.latestValue()).isEqualTo(75.0);
		assertThat(employment.change()).isEqualTo(3.0);
		assertThat(employment.trend()).isEqualTo(Trend.BETTER);
		assertThat(employment.distance()).isEqualTo(5.0);
		assertThat(employment.targetState()).isEqualTo(TargetState.ON_TRACK);
		IndicatorTrend unemployment = goal.indicators().stream()
			.filter(t -> t.indicator().code().equals("ARB" + token)).findFirst().orElseThrow();
		assertThat(unemployment.trend()).isEqualTo(Trend.WORSE);
		assertThat(unemployment.targetState()).isEqualTo(TargetState.OFF_TRACK);

		// signed in: the unpublished initiative and programme count too
		assertThat(goal.initiatives()).isEqualTo(3);
		assertThat(goal.initiativesByStatus()).containsEntry(InitiativeStatus.UNDER_WAY, 2).containsEntry(InitiativeStatus.IDEA, 1);
		assertThat(goal.funding().applied()).isEqualTo(1_500_000);
		assertThat(goal.funding().granted()).isEqualTo(1_300_000);
		assertThat(goal.funding().spent()).isEqualTo(100_000);
		assertThat(goal.consensus().supports()).isEqualTo(1);
		assertThat(goal.consensus().opposes()).isEqualTo(1);
		assertThat(goal.consensus().agreement()).isEqualTo("DIVIDED");
		assertThat(goal.programmes()).hasSize(2);
		assertThat(d.summary().better()).isEqualTo(1);
		assertThat(d.summary().worse()).isEqualTo(1);
		assertThat(d.summary().initiatives()).isEqualTo(3);

		GoalDashboard.GoalFollowUp empty = d.areas().get(0).goals().get(1);
		assertThat(empty.indicators()).isEmpty();
		assertThat(empty.initiatives()).isZero();
		assertThat(empty.consensus()).isNull();
	}

	@Test
	void visitorsSeeAPublishedStrategysDashboardWithPublishedInitiativesAndProgrammesOnly() throws Exception {
		String token = token();
		FollowupFixtures.StrategyGoals s = world(token, true);
		mvc.perform(get("/strategies/{id}/follow-up", s.strategyId()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sysselsättningsgrad " + token)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("bättre")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("sämre")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Program " + token)))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Internt program " + token))));
		mvc.perform(get("/api/v1/strategies/{id}/follow-up", s.strategyId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.strategy.id").value(s.strategyId()))
			.andExpect(jsonPath("$.areas[0].goals[0].initiatives").value(2))
			.andExpect(jsonPath("$.areas[0].goals[0].funding.granted").value(300_000))
			.andExpect(jsonPath("$.areas[0].goals[0].programmes.length()").value(1))
			.andExpect(jsonPath("$.areas[0].goals[0].indicators[0].trend").exists());
		mvc.perform(get("/strategies/{id}", s.strategyId()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/strategies/" + s.strategyId() + "/follow-up")));
	}

	@Test
	void anUnpublishedStrategysDashboardNeedsASignIn() throws Exception {
		FollowupFixtures.StrategyGoals s = world(token(), false);
		mvc.perform(get("/strategies/{id}/follow-up", s.strategyId())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/strategies/{id}/follow-up", s.strategyId())).andExpect(status().isUnauthorized());
		mvc.perform(get("/strategies/{id}/follow-up", s.strategyId()).with(authentication(TestAuthentication.reader())))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/strategies/{id}/follow-up", s.strategyId())
			.with(authentication(TestAuthentication.reader()))).andExpect(status().isOk())
			.andExpect(jsonPath("$.areas[0].goals[0].initiatives").value(3));
		mvc.perform(get("/strategies/{id}/follow-up", 987_654_321L)).andExpect(status().isNotFound());
	}

	@Test
	void theDashboardIsInEnglishToo() throws Exception {
		FollowupFixtures.StrategyGoals s = world(token(), true);
		mvc.perform(get("/strategies/{id}/follow-up", s.strategyId()).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("better")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Distance to target")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("??dashboard"))));
	}

}
