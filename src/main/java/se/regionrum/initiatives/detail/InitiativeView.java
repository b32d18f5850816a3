package se.regionrum.initiatives.detail;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import se.regionrum.actors.People;
import se.regionrum.initiatives.funding.Amounts;
import se.regionrum.initiatives.funding.FundingLine;
import se.regionrum.initiatives.initiative.Initiative;
import se.regionrum.initiatives.initiative.StatusChange;
import se.regionrum.initiatives.obstacle.Obstacle;
import se.regionrum.initiatives.practice.PracticeStory;
import se.regionrum.strategy.GoalRef;

/**
 * Everything the detail page of an initiative shows: the initiative with its history, obstacles,
 * funding and practice story, and the names of the organisations, goals and people it refers to.
 *
 * @param names organisation names by id (owner, partners, municipalities)
 * @param practiceStory the story, or {@code null} when none has been written
 */
public record InitiativeView(Initiative initiative, boolean canEdit, List<StatusChange> history,
		List<Obstacle> obstacles, List<FundingLine> fundingLines, Amounts fundingTotal, Map<Long, String> names,
		List<GoalRef> goals, Collection<People.PersonName> contacts, PracticeStory practiceStory) {
}
