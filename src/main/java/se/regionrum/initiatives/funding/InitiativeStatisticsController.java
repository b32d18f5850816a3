package se.regionrum.initiatives.funding;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.regionrum.initiatives.InitiativeStatus;
import se.regionrum.initiatives.coverage.CoverageQueries;
import se.regionrum.initiatives.initiative.InitiativeFilter;
import se.regionrum.initiatives.initiative.InitiativeOptions;
import se.regionrum.initiatives.initiative.InitiativeQueries;
import se.regionrum.initiatives.initiative.InitiativeService;

/** The statistics page of the filtered initiatives: how many per status, and their funding. */
@Controller
class InitiativeStatisticsController {

	private final InitiativeService initiatives;

	private final InitiativeQueries queries;

	private final InitiativeOptions options;

	private final FundingQueries fundingTotals;

	private final CoverageQueries coverage;

	InitiativeStatisticsController(InitiativeService initiatives, InitiativeQueries queries, InitiativeOptions options,
			FundingQueries fundingTotals, CoverageQueries coverage) {
		this.initiatives = initiatives;
		this.queries = queries;
		this.options = options;
		this.fundingTotals = fundingTotals;
		this.coverage = coverage;
	}

	@ModelAttribute("options")
	InitiativeOptions options() {
		return options;
	}

	@GetMapping("/initiatives/statistics")
	String statistics(@ModelAttribute("filter") InitiativeFilter filter, Model model) {
		InitiativeQueries.Criteria criteria = initiatives.criteria(filter);
		Map<InitiativeStatus, Long> byStatus = queries.countByStatus(criteria);
		model.addAttribute("byStatus", byStatus);
		model.addAttribute("maxStatus", byStatus.values().stream().mapToLong(Long::longValue).max().orElse(0));
		FundingQueries.Summary summary = fundingTotals.summary(criteria, coverage.regionalGoals());
		model.addAttribute("funding", summary);
		model.addAttribute("chart", FundingChart.of(summary));
		return "initiatives/statistics";
	}

}
