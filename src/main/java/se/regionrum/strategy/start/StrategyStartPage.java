package se.regionrum.strategy.start;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import se.regionrum.platform.StartPageSection;
import se.regionrum.strategy.consultation.ConsultationQueries;
import se.regionrum.strategy.issue.IssueQueries;
import se.regionrum.strategy.plan.PlanQueries;
import se.regionrum.strategy.strategy.StrategyQueries;

/** The strategy module's figures on the start page, which anyone may see: published strategies and issues, plans, open consultations. */
@Component
class StrategyStartPage implements StartPageSection.Provider {

	private final StrategyQueries strategies;

	private final PlanQueries plans;

	private final ConsultationQueries consultations;

	private final IssueQueries issues;

	private final Clock clock;

	StrategyStartPage(StrategyQueries strategies, PlanQueries plans, ConsultationQueries consultations,
			IssueQueries issues, Clock clock) {
		this.strategies = strategies;
		this.plans = plans;
		this.consultations = consultations;
		this.issues = issues;
		this.clock = clock;
	}

	@Override
	public StartPageSection section() {
		LocalDate today = LocalDate.now(clock);
		return new StartPageSection(20, "strategy.start.title", "strategy.start.description",
				List.of(new StartPageSection.Figure("strategy.start.strategies", strategies.countPublished(), "/strategies"),
						new StartPageSection.Figure("strategy.start.plans", plans.countAll(), "/plans/matrix"),
						new StartPageSection.Figure("strategy.start.openConsultations",
								consultations.countOpenOnPublished(today), "/consultations?phase=OPEN"),
						new StartPageSection.Figure("strategy.start.issues", issues.countPublished(),
								"/issues/classification")),
				"/strategies");
	}

}
