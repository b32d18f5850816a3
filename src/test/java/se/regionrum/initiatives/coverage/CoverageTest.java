package se.regionrum.initiatives.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.context.SecurityContextHolder;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.initiatives.FundingSource;
import se.regionrum.initiatives.InitiativesFixtures;
import se.regionrum.initiatives.InitiativesTestBase;
import se.regionrum.initiatives.funding.FundingForm;
import se.regionrum.initiatives.funding.FundingQueries;
import se.regionrum.initiatives.funding.FundingService;
import se.regionrum.initiatives.initiative.Initiative;
import se.regionrum.initiatives.initiative.InitiativeFilter;
import se.regionrum.initiatives.initiative.InitiativeForm;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.Goals;

/**
 * The coverage matrix counts each initiative once per cell, rolls goals up into their goal area,
 * and counts published initiatives only for anonymous visitors; funding totals roll up the same way.
 * The test uses a strategy of its own, so the shared data does not change its counts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CoverageTest extends InitiativesTestBase {

	@Autowired
	CoverageQueries coverage;

	@Autowired
	FundingQueries totals;

	@Autowired
	FundingService funding;

	@Autowired
	Goals goals;

	GoalTree tree;

	Map<String, Long> codes;

	@BeforeEach
	void strategy() {
		long strategy = InitiativesFixtures.insertStrategy(jdbc, "Täckningsstrategi " + token(), "MUNICIPAL", falun.id(), 2024,
				"DRAFT");
		List<GoalRef> hierarchy = goals.ofStrategy(strategy);
		tree = new GoalTree(hierarchy);
		codes = new java.util.HashMap<>();
		hierarchy.forEach(g -> codes.put(g.code(), g.id()));
	}

	private Initiative initiative(String title, List<Long> municipalities, boolean published, String... goalCodes) {
		InitiativeForm form = InitiativesFixtures.form(title, falun.id(), municipalities, published);
		form.setGoalIds(java.util.Arrays.stream(goalCodes).map(codes::get).toList());
		return InitiativesFixtures.create(initiatives, form);
	}

	private CoverageMatrix matrix(boolean signedIn) {
		if (signedIn) {
			SecurityContextHolder.getContext().setAuthentication(TestAuthentication.reader());
		}
		try {
			return coverage.matrix(initiatives.criteria(InitiativeFilter.none()), tree, List.of(falun, mora));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private CoverageMatrix.Row row(CoverageMatrix m, String code) {
		return m.rows().stream().filter(r -> code.equals(r.goal().code())).findFirst().orElseThrow();
	}

	@Test
	void countsEachInitiativeOncePerCellAndRollsUpGoals() {
		initiative("Två mål i samma område", List.of(falun.id()), true, "1.1", "1.2");
		initiative("Två kommuner", List.of(falun.id(), mora.id()), true, "1.2");
		initiative("Prioritering under 2.1", List.of(mora.id()), true, "2.1.1");
		initiative("Opublicerat", List.of(mora.id()), false, "1.1");

		CoverageMatrix all = matrix(true);
		assertThat(row(all, "1.1").count(falun.id())).isEqualTo(1);
		assertThat(row(all, "1.1").count(mora.id())).isEqualTo(1);
		assertThat(row(all, "1.2").count(falun.id())).isEqualTo(2);
		assertThat(row(all, "1.2").count(mora.id())).isEqualTo(1);
		assertThat(row(all, "1").count(falun.id())).isEqualTo(2);
		assertThat(row(all, "1").count(mora.id())).isEqualTo(2);
		assertThat(row(all, "1").total()).isEqualTo(3);
		assertThat(row(all, "2.1").count(mora.id())).isEqualTo(1);
		assertThat(row(all, "2").total()).isEqualTo(1);
		assertThat(row(all, "3").total()).isZero();
		assertThat(row(all, "1").municipalitiesCovered()).isEqualTo(2);
		assertThat(all.total()).isEqualTo(4);
		assertThat(all.municipalityTotal(mora.id())).isEqualTo(3);

		CoverageMatrix anonymous = matrix(false);
		assertThat(row(anonymous, "1.1").count(mora.id())).isZero();
		assertThat(row(anonymous, "1").count(mora.id())).isEqualTo(1);
		assertThat(anonymous.total()).isEqualTo(3);
	}

	@Test
	void fundingTotalsPerSourceYearMunicipalityAndGoal() {
		Initiative a = initiative("Finansierat A", List.of(falun.id(), mora.id()), true, "1.1", "1.2");
		Initiative b = initiative("Finansierat B", List.of(mora.id()), true, "2.2");
		SystemUser.run(() -> {
			funding.create(a.id(), new FundingForm(FundingSource.REGIONAL_DEVELOPMENT_FUNDS, 2024, 100L, 80L, 10L, null, null));
			funding.create(a.id(), new FundingForm(FundingSource.REGIONAL_DEVELOPMENT_FUNDS, 2025, 50L, 50L, 0L, null, null));
			funding.create(b.id(), new FundingForm(FundingSource.PRIVATE, 2025, 0L, 30L, 30L, null, null));
		});
		SecurityContextHolder.getContext().setAuthentication(TestAuthentication.reader());
		FundingQueries.Summary s;
		try {
			var criteria = initiatives.criteria(InitiativeFilter.none());
			var only = new se.regionrum.initiatives.initiative.InitiativeQueries.Criteria(
					new InitiativeFilter("Finansierat", null, null, null, null, null, null, null, null, falun.id(), null,
							null),
					List.of(), criteria.publishedOnly());
			s = totals.summary(only, tree);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		assertThat(s.years()).containsExactly(2024, 2025);
		assertThat(s.cell(FundingSource.REGIONAL_DEVELOPMENT_FUNDS, 2024).granted()).isEqualTo(80);
		assertThat(s.bySource().get(FundingSource.REGIONAL_DEVELOPMENT_FUNDS).granted()).isEqualTo(130);
		assertThat(s.byYear().get(2025).granted()).isEqualTo(80);
		assertThat(s.total().granted()).isEqualTo(160);
		assertThat(s.total().applied()).isEqualTo(150);
		assertThat(s.total().spent()).isEqualTo(40);
		Map<Long, Long> perMunicipality = new java.util.HashMap<>();
		s.byMunicipality().forEach(n -> perMunicipality.put(n.id(), n.amounts().granted()));
		assertThat(perMunicipality.get(falun.id())).isEqualTo(130);
		assertThat(perMunicipality.get(mora.id())).isEqualTo(160);
		Map<String, Long> perGoal = new java.util.HashMap<>();
		s.byGoal().forEach(g -> perGoal.put(g.goal().code(), g.amounts().granted()));
		// linked to two goals of area 1, counted once for the area
		assertThat(perGoal.get("1")).isEqualTo(130);
		assertThat(perGoal.get("1.1")).isEqualTo(130);
		assertThat(perGoal.get("2")).isEqualTo(30);
		assertThat(perGoal.get("3")).isZero();
	}

	@Test
	void coveragePageAndApiAnswer() throws Exception {
		String page = mvc.perform(get("/coverage")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Måltäckning");
		mvc.perform(get("/api/v1/coverage").param("status", "UNDER_WAY")).andExpect(status().isOk());
		OrganisationRef any = organisations.municipalities().get(0);
		mvc.perform(get("/municipalities/{id}", any.id())).andExpect(status().isOk());
	}

}
