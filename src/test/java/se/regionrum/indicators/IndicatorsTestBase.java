package se.regionrum.indicators;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.actors.OrganisationKind;
import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.indicators.demo.IndicatorDemoData;
import se.regionrum.indicators.indicator.GoalLinkForm;
import se.regionrum.indicators.indicator.IndicatorForm;
import se.regionrum.initiatives.InitiativesFixtures;
import se.regionrum.platform.SystemUser;
import se.regionrum.strategy.Goals;

/** The Dalarna organisations, a regional strategy and the demo indicators, for the indicator tests. */
public abstract class IndicatorsTestBase {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected Organisations organisations;

	@Autowired
	protected OrganisationService organisationService;

	@Autowired
	protected IndicatorDemoData demo;

	@Autowired
	protected Goals goals;

	@Autowired
	protected Indicators indicators;

	protected OrganisationRef region;

	protected OrganisationRef falun;

	@BeforeEach
	void world() {
		InitiativesFixtures.ensure(jdbc, organisations, organisationService);
		SystemUser.run(demo::load);
		region = organisations.register().stream().filter(o -> o.kind() == OrganisationKind.REGION).findFirst()
			.orElseThrow();
		falun = organisations.findByScbCode("2080").orElseThrow();
	}

	protected long goalId(String code) {
		return goals.regionalStrategyGoals().stream().filter(g -> code.equals(g.code())).findFirst().orElseThrow().id();
	}

	protected long indicatorId(String code) {
		return indicators.all().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow().id();
	}

	protected static IndicatorForm form(String code, List<GoalLinkForm> goals) {
		return new IndicatorForm(code, "Testtal " + code, "%", "Ett nyckeltal i ett test.", IndicatorSource.OWN, null, null,
				true, goals);
	}

	protected static String token() {
		return "T" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
	}

}
