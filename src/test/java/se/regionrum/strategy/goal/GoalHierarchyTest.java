package se.regionrum.strategy.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.regionrum.actors.OrganisationKind;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.SystemUser;
import se.regionrum.strategy.GoalLevel;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.Goals;
import se.regionrum.strategy.StrategyFixtures;
import se.regionrum.strategy.StrategyKind;
import se.regionrum.strategy.StrategyStatus;
import se.regionrum.strategy.issue.IssueForm;
import se.regionrum.strategy.issue.IssueService;
import se.regionrum.strategy.strategy.Strategy;
import se.regionrum.strategy.strategy.StrategyForm;
import se.regionrum.strategy.strategy.StrategyService;

/**
 * The goal hierarchy: goal areas, goals and priorities with numbers suggested from their place;
 * reordering among siblings; retiring keeps a goal with its links and history.
 */
@SpringBootTest
@Import(StrategyFixtures.class)
class GoalHierarchyTest {

	@Autowired
	StrategyFixtures data;

	@Autowired
	Clock clock;

	@Autowired
	StrategyService strategies;

	@Autowired
	GoalService goals;

	@Autowired
	Goals goalsApi;

	@Autowired
	IssueService issues;

	@Autowired
	JdbcClient jdbc;

	Strategy strategy;

	long municipality;

	long region;

	@BeforeEach
	void strategy() {
		region = data.organisation("Måltest region", OrganisationKind.REGION, "97");
		municipality = data.municipality("9701", "Måltest kommun");
		strategy = SystemUser.call(() -> strategies.create(new StrategyForm("Måltest strategi " + System.nanoTime(),
				StrategyKind.REGIONAL, region, 2025, 2035, StrategyStatus.DRAFT, null, "", "", false)));
	}

	private Goal add(GoalLevel level, Long parent, String title, List<Long> municipalities) {
		return SystemUser.call(() -> goals.add(strategy.id(), new GoalForm(level, parent, "", title, "", municipalities)));
	}

	private List<String> labels() {
		return goals.tree(strategy).stream().map(n -> "  ".repeat(n.depth()) + n.goal().label()).toList();
	}

	@Test
	void buildsTheHierarchyWithNumbersFromEachGoalsPlace() {
		Goal area1 = add(GoalLevel.GOAL_AREA, null, "Kompetens", List.of());
		Goal area2 = add(GoalLevel.GOAL_AREA, null, "Näringsliv", List.of());
		Goal goal11 = add(GoalLevel.GOAL, area1.id(), "Utbildning", List.of());
		add(GoalLevel.PRIORITY, goal11.id(), "Yrkesutbildning", List.of());
		add(GoalLevel.GOAL, area1.id(), "Lärande", List.of());
		add(GoalLevel.PRIORITY, area2.id(), "Direkt under målområdet", List.of());

		assertThat(labels()).containsExactly("1 Kompetens", "  1.1 Utbildning", "    1.1.1 Yrkesutbildning", "  1.2 Lärande",
				"2 Näringsliv", "  2.1 Direkt under målområdet");
		assertThat(goalsApi.ofStrategy(strategy.id())).extracting(GoalRef::label).startsWith("1 Kompetens", "1.1 Utbildning");
	}

	@Test
	void refusesGoalsOutOfPlaceWithMessagesNamingTheField() {
		Goal area = add(GoalLevel.GOAL_AREA, null, "Område", List.of());
		Goal goal = add(GoalLevel.GOAL, area.id(), "Mål", List.of());
		Goal priority = add(GoalLevel.PRIORITY, goal.id(), "Prioritering", List.of());
		assertThat(goals.problems(strategy.id(), new GoalForm(GoalLevel.GOAL, null, "", "Utan område", "", List.of()), null))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("parentId", "strategy.goal.parent.goalNeedsArea"));
		assertThatThrownBy(() -> add(GoalLevel.PRIORITY, priority.id(), "Under en prioritering", List.of()))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("strategy.goal.parent.priorityNeedsGoal");
		assertThatThrownBy(() -> add(GoalLevel.GOAL_AREA, area.id(), "Område under område", List.of()))
			.hasMessageContaining("strategy.goal.parent.areaHasNone");
	}

	@Test
	void movesAGoalUpAndDownAmongItsSiblings() {
		Goal area = add(GoalLevel.GOAL_AREA, null, "Område", List.of());
		Goal first = add(GoalLevel.GOAL, area.id(), "Första", List.of());
		add(GoalLevel.GOAL, area.id(), "Andra", List.of());
		Goal third = add(GoalLevel.GOAL, area.id(), "Tredje", List.of());

		SystemUser.run(() -> goals.move(third.id(), true));
		assertThat(labels()).containsExactly("1 Område", "  1.1 Första", "  1.3 Tredje", "  1.2 Andra");
		SystemUser.run(() -> goals.move(first.id(), false));
		assertThat(labels()).containsExactly("1 Område", "  1.3 Tredje", "  1.1 Första", "  1.2 Andra");
		// the first cannot move further up
		SystemUser.run(() -> goals.move(third.id(), true));
		assertThat(labels()).first().isEqualTo("1 Område");
		assertThat(labels().get(1)).isEqualTo("  1.3 Tredje");

		// numbers follow the new order once renumbered
		assertThat(SystemUser.call(() -> goals.renumber(strategy.id()))).isEqualTo(3);
		assertThat(labels()).containsExactly("1 Område", "  1.1 Tredje", "  1.2 Första", "  1.3 Andra");
	}

	@Test
	void retiringKeepsTheGoalWithItsLinksAndHistory() {
		Goal area = add(GoalLevel.GOAL_AREA, null, "Service", List.of());
		Goal goal = add(GoalLevel.GOAL, area.id(), "Service inom rimligt avstånd", List.of(municipality));
		Goal priority = add(GoalLevel.PRIORITY, goal.id(), "Serviceplaner", List.of(municipality));
		long issue = SystemUser.call(() -> issues.create(new IssueForm("Måltest sakfråga " + System.nanoTime(), "", region,
				null, null, null, "", false, List.of(goal.id()), List.of(), null))).id();

		SystemUser.run(() -> goals.retire(goal.id(), "Ersatt av ett bredare mål"));

		Goal retired = goals.get(goal.id());
		assertThat(retired.retiredOn()).isEqualTo(LocalDate.now(clock));
		assertThat(retired.retireNote()).isEqualTo("Ersatt av ett bredare mål");
		assertThat(goals.get(priority.id()).retired()).as("goals below are retired too").isTrue();
		assertThat(goals.get(area.id()).retired()).isFalse();
		assertThat(goals.municipalityIds(goal.id())).containsExactly(municipality);
		assertThat(issues.details(issues.get(issue)).goals()).extracting(GoalRef::id, GoalRef::retired)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(goal.id(), true));
		assertThat(goalsApi.find(goal.id())).get().extracting(GoalRef::retired).isEqualTo(true);
		assertThat(goals.tree(strategy)).extracting(n -> n.goal().id()).contains(goal.id(), priority.id());
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'goal' and entity_id = ?")
			.param(String.valueOf(goal.id())).query(Long.class).single()).isGreaterThanOrEqualTo(2);

		// a retired goal takes no new links and no new goals below it
		assertThatThrownBy(() -> SystemUser.run(() -> issues.create(new IssueForm("Måltest ny koppling " + System.nanoTime(),
				"", region, null, null, null, "", false, List.of(goal.id()), List.of(), null))))
			.hasMessageContaining("strategy.issue.goal.retired");
		assertThatThrownBy(() -> add(GoalLevel.PRIORITY, goal.id(), "Ny under utgånget", List.of()))
			.hasMessageContaining("strategy.goal.parent.retired");

		// and can be taken back into use; the priority stays retired until reinstated itself
		SystemUser.run(() -> goals.reinstate(goal.id()));
		assertThat(goals.get(goal.id()).retired()).isFalse();
		assertThat(goals.get(priority.id()).retired()).isTrue();
	}

	@Test
	void aRevisionCopiesTheActiveGoalsWithTheirMunicipalities() {
		Goal area = add(GoalLevel.GOAL_AREA, null, "Område", List.of());
		add(GoalLevel.GOAL, area.id(), "Kvar", List.of(municipality));
		Goal gone = add(GoalLevel.GOAL, area.id(), "Utgånget", List.of());
		SystemUser.run(() -> goals.retire(gone.id(), null));

		Strategy revision = SystemUser.call(() -> strategies.createRevision(strategy.id(), "Måltest revidering " + System.nanoTime()));

		assertThat(revision.revisesId()).isEqualTo(strategy.id());
		assertThat(revision.status()).isEqualTo(StrategyStatus.DRAFT);
		List<GoalNode> copied = goals.tree(revision);
		assertThat(copied).extracting(n -> n.goal().label()).containsExactly("1 Område", "1.1 Kvar");
		assertThat(copied.get(1).municipalityIds()).containsExactly(municipality);
		assertThat(copied.get(0).goal().id()).isNotEqualTo(area.id());
	}

}
