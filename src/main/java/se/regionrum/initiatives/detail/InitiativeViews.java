package se.regionrum.initiatives.detail;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.regionrum.actors.Organisations;
import se.regionrum.actors.People;
import se.regionrum.initiatives.funding.Amounts;
import se.regionrum.initiatives.funding.FundingLine;
import se.regionrum.initiatives.funding.FundingService;
import se.regionrum.initiatives.initiative.Initiative;
import se.regionrum.initiatives.initiative.InitiativeQueries;
import se.regionrum.initiatives.initiative.InitiativeService;
import se.regionrum.initiatives.obstacle.ObstacleService;
import se.regionrum.initiatives.practice.PracticeStoryService;
import se.regionrum.strategy.Goals;

/**
 * Assembles the detail page of an initiative from the features that own its parts; each part
 * keeps its owner's visibility rules (an initiative the current user may not see is not found).
 */
@Component
class InitiativeViews {

	private final InitiativeService initiatives;

	private final InitiativeQueries queries;

	private final ObstacleService obstacles;

	private final FundingService funding;

	private final PracticeStoryService practiceStories;

	private final Organisations organisations;

	private final Goals goals;

	private final People people;

	InitiativeViews(InitiativeService initiatives, InitiativeQueries queries, ObstacleService obstacles,
			FundingService funding, PracticeStoryService practiceStories, Organisations organisations, Goals goals,
			People people) {
		this.initiatives = initiatives;
		this.queries = queries;
		this.obstacles = obstacles;
		this.funding = funding;
		this.practiceStories = practiceStories;
		this.organisations = organisations;
		this.goals = goals;
		this.people = people;
	}

	InitiativeView of(long id) {
		Initiative initiative = initiatives.get(id);
		boolean canEdit = initiatives.canEdit(initiative);
		var history = queries.history(id);
		var obstacleList = obstacles.ofInitiative(id);
		List<FundingLine> lines = funding.ofInitiative(id);
		Amounts total = lines.stream()
			.map(l -> new Amounts(l.amountApplied(), l.amountGranted(), l.amountSpent()))
			.reduce(Amounts.ZERO, Amounts::plus);
		Set<Long> organisationIds = new HashSet<>(initiative.partnerIds());
		organisationIds.add(initiative.ownerOrganisationId());
		organisationIds.addAll(initiative.municipalityIds());
		var names = organisations.names(organisationIds);
		var goalList = goals.findAll(initiative.goalIds()).values().stream()
			.sorted(Comparator.comparing(g -> g.code() == null ? "" : g.code()))
			.toList();
		var contacts = people.names(initiative.contactIds()).values();
		var story = practiceStories.ofInitiative(id).orElse(null);
		return new InitiativeView(initiative, canEdit, history, obstacleList, lines, total, names, goalList, contacts,
				story);
	}

}
