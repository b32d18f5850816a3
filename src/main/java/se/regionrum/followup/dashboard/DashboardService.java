package se.regionrum.followup.dashboard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.followup.programme.ProgrammeQueries;
import se.regionrum.followup.programme.ProgrammeQueries.GoalProgramme;
import se.regionrum.indicators.Area;
import se.regionrum.indicators.Areas;
import se.regionrum.indicators.Gender;
import se.regionrum.indicators.GoalIndicator;
import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.IndicatorValue;
import se.regionrum.indicators.Indicators;
import se.regionrum.initiatives.InitiativeFigures;
import se.regionrum.initiatives.InitiativeFigures.Funding;
import se.regionrum.initiatives.InitiativeFigures.GoalInitiative;
import se.regionrum.initiatives.InitiativeStatus;
import se.regionrum.platform.Permissions;
import se.regionrum.strategy.ConsultationFigures;
import se.regionrum.strategy.GoalConsensus;
import se.regionrum.strategy.GoalLevel;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.Goals;
import se.regionrum.strategy.Strategies;
import se.regionrum.strategy.StrategyRef;

/**
 * The goal dashboard of a strategy. Who may see it: whoever may see the strategy (published strategies
 * are public, the others need a sign-in); what is linked to it follows each module's own visibility
 * (anonymous visitors count published initiatives and programmes only).
 * <p>
 * A fixed number of statements whatever the number of goals and indicators: every look-up is a batch
 * over all goals of the strategy.
 */
@Service
public class DashboardService {

	private final Strategies strategies;

	private final Goals goals;

	private final Indicators indicators;

	private final Areas areas;

	private final InitiativeFigures initiatives;

	private final ConsultationFigures consultations;

	private final ProgrammeQueries programmes;

	private final Permissions permissions;

	DashboardService(Strategies strategies, Goals goals, Indicators indicators, Areas areas,
			InitiativeFigures initiatives, ConsultationFigures consultations, ProgrammeQueries programmes,
			Permissions permissions) {
		this.strategies = strategies;
		this.goals = goals;
		this.indicators = indicators;
		this.areas = areas;
		this.initiatives = initiatives;
		this.consultations = consultations;
		this.programmes = programmes;
		this.permissions = permissions;
	}

	@Transactional(readOnly = true)
	public GoalDashboard strategyDashboard(long strategyId) {
		StrategyRef strategy = strategies.visible(strategyId);
		List<GoalRef> all = goals.ofStrategy(strategyId).stream().filter(g -> !g.retired()).toList();
		Set<Long> goalIds = new LinkedHashSet<>();
		all.forEach(g -> goalIds.add(g.id()));

		String county = areas.homeCountyCode();
		String areaCode = county == null || county.isBlank() ? Area.COUNTRY : Area.regionCode(county.trim());
		String areaName = areas.find(areaCode).map(Area::name).orElse(areaCode);

		List<GoalIndicator> links = indicators.linksOfGoals(goalIds);
		Set<Long> indicatorIds = new LinkedHashSet<>();
		links.forEach(l -> indicatorIds.add(l.indicatorId()));
		Map<Long, IndicatorRef> refs = indicators.findAll(indicatorIds);
		Map<Long, List<IndicatorValue>> series = indicators.series(indicatorIds, areaCode, Gender.T);
		List<GoalInitiative> initiativeLinks = initiatives.linksOfGoals(goalIds);
		Map<Long, Funding> funding = initiatives.fundingOfGoalInitiatives(goalIds);
		Map<Long, GoalConsensus> consensus = consultations.consensusOfGoals(goalIds);
		List<GoalProgramme> programmeLinks = programmes.servingGoals(goalIds, !permissions.isSignedIn());

		Integer startYear = strategy.periodStart();
		Links byGoal = new Links(links, initiativeLinks, programmeLinks);
		Map<Long, List<GoalRef>> priorities = new LinkedHashMap<>();
		all.stream().filter(g -> g.level() == GoalLevel.PRIORITY && g.parentId() != null)
			.forEach(p -> priorities.computeIfAbsent(p.parentId(), k -> new ArrayList<>()).add(p));

		List<GoalDashboard.AreaSection> sections = new ArrayList<>();
		Map<Long, List<GoalDashboard.GoalFollowUp>> goalsOfArea = new LinkedHashMap<>();
		List<GoalDashboard.GoalFollowUp> loose = new ArrayList<>();
		Map<Long, GoalRef> areaGoals = new LinkedHashMap<>();
		Set<Long> areaIds = new HashSet<>();
		all.stream().filter(g -> g.level() == GoalLevel.GOAL_AREA).forEach(a -> {
			areaGoals.put(a.id(), a);
			areaIds.add(a.id());
			goalsOfArea.put(a.id(), new ArrayList<>());
		});
		Summarizer summary = new Summarizer();
		for (GoalRef g : all) {
			if (g.level() != GoalLevel.GOAL) {
				continue;
			}
			List<GoalRef> own = priorities.getOrDefault(g.id(), List.of());
			GoalDashboard.GoalFollowUp row = followUp(g, own, byGoal, refs, series, funding, consensus, startYear);
			summary.add(row);
			if (g.parentId() != null && areaIds.contains(g.parentId())) {
				goalsOfArea.get(g.parentId()).add(row);
			}
			else {
				loose.add(row);
			}
		}
		for (GoalRef area : areaGoals.values()) {
			GoalDashboard.GoalFollowUp own = followUp(area, List.of(), byGoal, refs, series, funding, consensus,
					startYear);
			summary.add(own);
			sections.add(new GoalDashboard.AreaSection(area, own, goalsOfArea.get(area.id())));
		}
		if (!loose.isEmpty()) {
			sections.add(new GoalDashboard.AreaSection(null, null, loose));
		}
		return new GoalDashboard(strategy, areaCode, areaName, startYear, sections,
				summary.result(initiativeLinks, funding));
	}

	private static GoalDashboard.GoalFollowUp followUp(GoalRef goal, List<GoalRef> priorities, Links links,
			Map<Long, IndicatorRef> refs, Map<Long, List<IndicatorValue>> series, Map<Long, Funding> funding,
			Map<Long, GoalConsensus> consensus, Integer startYear) {
		List<Long> ids = new ArrayList<>();
		ids.add(goal.id());
		priorities.forEach(p -> ids.add(p.id()));
		// Indicators: the goal's own link (with its target) wins over a priority's link to the same indicator.
		Map<Long, GoalIndicator> indicatorLinks = new LinkedHashMap<>();
		Map<Long, InitiativeStatus> initiativeStatus = new LinkedHashMap<>();
		Map<Long, GoalProgramme> programmeById = new LinkedHashMap<>();
		for (Long id : ids) {
			links.indicators.getOrDefault(id, List.of()).forEach(l -> indicatorLinks.putIfAbsent(l.indicatorId(), l));
			links.initiatives.getOrDefault(id, List.of()).forEach(i -> initiativeStatus.put(i.initiativeId(), i.status()));
			links.programmes.getOrDefault(id, List.of()).forEach(p -> programmeById.putIfAbsent(p.programmeId(), p));
		}
		List<IndicatorTrend> trends = new ArrayList<>();
		for (GoalIndicator link : indicatorLinks.values()) {
			IndicatorRef ref = refs.get(link.indicatorId());
			if (ref != null) {
				trends.add(IndicatorTrend.of(ref, link.targetValue(), link.targetYear(),
						series.getOrDefault(ref.id(), List.of()), startYear));
			}
		}
		trends.sort(java.util.Comparator.comparing(t -> t.indicator().name(), String.CASE_INSENSITIVE_ORDER));
		Map<InitiativeStatus, Integer> byStatus = new EnumMap<>(InitiativeStatus.class);
		Funding sum = Funding.NONE;
		for (Map.Entry<Long, InitiativeStatus> e : initiativeStatus.entrySet()) {
			byStatus.merge(e.getValue(), 1, Integer::sum);
			sum = sum.plus(funding.getOrDefault(e.getKey(), Funding.NONE));
		}
		List<GoalDashboard.ProgrammeLink> programmeList = programmeById.values().stream()
			.map(p -> new GoalDashboard.ProgrammeLink(p.programmeId(), p.name(), p.status()))
			.toList();
		return new GoalDashboard.GoalFollowUp(goal, priorities, trends, byStatus, initiativeStatus.size(), sum,
				consensus.get(goal.id()), programmeList);
	}

	/** The batch look-ups grouped by goal id. */
	private static final class Links {

		final Map<Long, List<GoalIndicator>> indicators = new LinkedHashMap<>();

		final Map<Long, List<GoalInitiative>> initiatives = new LinkedHashMap<>();

		final Map<Long, List<GoalProgramme>> programmes = new LinkedHashMap<>();

		Links(List<GoalIndicator> indicatorLinks, List<GoalInitiative> initiativeLinks,
				List<GoalProgramme> programmeLinks) {
			indicatorLinks.forEach(l -> indicators.computeIfAbsent(l.goalId(), k -> new ArrayList<>()).add(l));
			initiativeLinks.forEach(l -> initiatives.computeIfAbsent(l.goalId(), k -> new ArrayList<>()).add(l));
			programmeLinks.forEach(l -> programmes.computeIfAbsent(l.goalId(), k -> new ArrayList<>()).add(l));
		}

	}

	/** Counts distinct indicators and initiatives over the page. */
	private static final class Summarizer {

		private int goals;

		private final Map<Long, IndicatorTrend> indicators = new LinkedHashMap<>();

		void add(GoalDashboard.GoalFollowUp row) {
			if (row.goal().level() == GoalLevel.GOAL) {
				goals++;
			}
			row.indicators().forEach(t -> indicators.putIfAbsent(t.indicator().id(), t));
		}

		/** Initiatives linked to several goals count once, and so does their funding. */
		GoalDashboard.Summary result(List<GoalInitiative> initiativeLinks, Map<Long, Funding> fundingById) {
			Set<Long> initiatives = new HashSet<>();
			initiativeLinks.forEach(l -> initiatives.add(l.initiativeId()));
			Funding funding = Funding.NONE;
			for (Long id : initiatives) {
				funding = funding.plus(fundingById.getOrDefault(id, Funding.NONE));
			}
			int better = 0;
			int worse = 0;
			int unchanged = 0;
			int unknown = 0;
			int reached = 0;
			int onTrack = 0;
			int offTrack = 0;
			for (IndicatorTrend t : indicators.values()) {
				switch (t.trend()) {
					case BETTER -> better++;
					case WORSE -> worse++;
					case UNCHANGED -> unchanged++;
					default -> unknown++;
				}
				switch (t.targetState()) {
					case REACHED -> reached++;
					case ON_TRACK -> onTrack++;
					case OFF_TRACK -> offTrack++;
					default -> {
					}
				}
			}
			return new GoalDashboard.Summary(goals, indicators.size(), better, worse, unchanged, unknown, reached,
					onTrack, offTrack, initiatives.size(), funding);
		}

	}

}
