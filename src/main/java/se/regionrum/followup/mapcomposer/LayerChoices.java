package se.regionrum.followup.mapcomposer;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.regionrum.actors.MunicipalityBoundaries;
import se.regionrum.analysis.AnalysisRuns;
import se.regionrum.indicators.CommutingFlows;
import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.Indicators;
import se.regionrum.initiatives.InitiativeStatus;
import se.regionrum.strategy.Goals;
import se.regionrum.strategy.PlanStatus;
import se.regionrum.strategy.Plans;

/** What the layer forms offer to choose from, read through the other modules' root APIs. */
@Component
class LayerChoices {

	private final Indicators indicators;

	private final CommutingFlows flows;

	private final MunicipalityBoundaries boundaries;

	private final Goals goals;

	private final Plans plans;

	private final AnalysisRuns runs;

	LayerChoices(Indicators indicators, CommutingFlows flows, MunicipalityBoundaries boundaries, Goals goals,
			Plans plans, AnalysisRuns runs) {
		this.indicators = indicators;
		this.flows = flows;
		this.boundaries = boundaries;
		this.goals = goals;
		this.plans = plans;
		this.runs = runs;
	}

	record Option(String value, String label) {
	}

	List<IndicatorRef> indicators() {
		return indicators.all();
	}

	List<Integer> flowYears() {
		return flows.years();
	}

	List<Option> municipalities() {
		return boundaries.municipalities().stream()
			.map(m -> new Option(String.valueOf(m.id()), m.name())).toList();
	}

	List<InitiativeStatus> statuses() {
		return List.of(InitiativeStatus.values());
	}

	List<Option> goals() {
		return goals.regionalStrategyGoals().stream().filter(g -> !g.retired())
			.map(g -> new Option(String.valueOf(g.id()), g.label())).toList();
	}

	/** The plan types, as the first municipality's planning reality lists them. */
	List<Option> planTypes(Locale locale) {
		return boundaries.municipalities().stream().findFirst()
			.map(m -> plans.ofMunicipality(m.id()).stream()
				.map(s -> new Option(String.valueOf(s.planTypeId()), name(s, locale))).toList())
			.orElse(List.of());
	}

	private static String name(PlanStatus s, Locale locale) {
		return "en".equals(locale.getLanguage()) && s.planTypeNameEn() != null ? s.planTypeNameEn() : s.planTypeName();
	}

	List<AnalysisRuns.FinishedRun> runs() {
		return runs.finished();
	}

	Map<String, String> serviceTypes(Locale locale) {
		return runs.serviceTypeNames(locale);
	}

}
