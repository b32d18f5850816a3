package se.regionrum.followup.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import se.regionrum.followup.FollowupFixtures;
import se.regionrum.followup.FollowupTestBase;
import se.regionrum.indicators.Area;
import se.regionrum.platform.TestAuthentication;

/**
 * No N+1: rendering the goal dashboard of a strategy with 5 goals and of one with 50 goals (each goal
 * with indicators, initiatives, a consultation and a programme) takes the same number of SQL statements.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.Config.class)
class DashboardStatementCountTest extends FollowupTestBase {

	@Test
	void theNumberOfStatementsDoesNotGrowWithTheNumberOfGoals() throws Exception {
		FollowupFixtures fixtures = new FollowupFixtures(jdbc);
		long region = organisations.findByName("Region Dalarna").orElseThrow().id();
		String county = jdbc.sql("select county_code from organisation where id = ?").param(region).query(String.class).single();
		String area = Area.regionCode(county);
		long small = strategy(fixtures, region, area, 5);
		long large = strategy(fixtures, region, area, 50);
		for (var user : new org.springframework.security.core.Authentication[] { null, TestAuthentication.reader() }) {
			int smallPage = statements("/strategies/" + small + "/follow-up", user);
			int largePage = statements("/strategies/" + large + "/follow-up", user);
			assertThat(largePage).as("statements for 50 goals vs 5 goals").isEqualTo(smallPage);
			assertThat(smallPage).isPositive().isLessThan(30);
			System.out.println("dashboard page statements (5 and 50 goals): " + smallPage + ", api: " + statements("/api/v1/strategies/" + small + "/follow-up", user));
			int smallApi = statements("/api/v1/strategies/" + small + "/follow-up", user);
			int largeApi = statements("/api/v1/strategies/" + large + "/follow-up", user);
			assertThat(largeApi).isEqualTo(smallApi);
		}
	}

	private long strategy(FollowupFixtures fixtures, long region, String area, int goals) {
		String token = token();
		FollowupFixtures.StrategyGoals s = fixtures.strategy("Räknad " + token, region, true, 2020, goals);
		for (int g = 0; g < goals; g++) {
			long goal = s.goalIds().get(g);
			for (int i = 0; i < 4; i++) {
				long indicator = fixtures.indicator(token + "-" + g + "-" + i, "Indikator " + g + "." + i, i % 2 == 0, area,
						2018, 10 + g, 11 + g, 12 + i, 13 + i);
				fixtures.link(indicator, goal, 20.0, 2030);
			}
			fixtures.initiative("Initiativ " + token + " " + g, falun.id(), mora.id(), goal, g % 2 == 0 ? "IDEA" : "UNDER_WAY",
					true, false, 1000, 500, 100);
			fixtures.programme("Program " + token + " " + g, region, goal, true);
		}
		fixtures.consultation(s.strategyId(), s.goalIds(), java.util.List.of(falun.id()), java.util.List.of("SUPPORTS"));
		return s.strategyId();
	}

	private int statements(String url, org.springframework.security.core.Authentication user) throws Exception {
		var request = get(url);
		if (user != null) {
			request.with(authentication(user));
		}
		mvc.perform(request).andExpect(status().isOk()); // warm caches first
		var again = get(url);
		if (user != null) {
			again.with(authentication(user));
		}
		return StatementCounter.count(() -> mvc.perform(again).andExpect(status().isOk()));
	}

}
