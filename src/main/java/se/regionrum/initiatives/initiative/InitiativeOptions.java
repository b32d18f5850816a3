package se.regionrum.initiatives.initiative;

import java.util.List;

import org.springframework.stereotype.Component;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.initiatives.FundingSource;
import se.regionrum.initiatives.InitiativeLevel;
import se.regionrum.initiatives.InitiativeStatus;
import se.regionrum.platform.OrganisationDirectory;
import se.regionrum.strategy.GoalLevel;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.Goals;

/** The choices that filters and forms offer: municipalities, organisations, the regional strategy's goals, enums. */
@Component
public class InitiativeOptions {

	private final Organisations organisations;

	private final OrganisationDirectory directory;

	private final Goals goals;

	InitiativeOptions(Organisations organisations, OrganisationDirectory directory, Goals goals) {
		this.organisations = organisations;
		this.directory = directory;
		this.goals = goals;
	}

	/** A goal with its depth in the hierarchy, for indenting it in a select. */
	public record GoalOption(long id, String label, int depth, GoalLevel level) {

		public String indented() {
			return "\u00a0\u00a0".repeat(depth) + label;
		}

	}

	public List<OrganisationRef> municipalities() {
		return organisations.municipalities();
	}

	public List<OrganisationDirectory.Option> organisations() {
		return directory.all();
	}

	public List<GoalOption> goals() {
		List<GoalRef> all = goals.regionalStrategyGoals();
		java.util.Map<Long, GoalRef> byId = new java.util.HashMap<>();
		all.forEach(g -> byId.put(g.id(), g));
		return all.stream().map(g -> {
			int depth = 0;
			GoalRef p = g.parentId() == null ? null : byId.get(g.parentId());
			while (p != null) {
				depth++;
				p = p.parentId() == null ? null : byId.get(p.parentId());
			}
			return new GoalOption(g.id(), g.label(), depth, g.level());
		}).toList();
	}

	public InitiativeStatus[] statuses() {
		return InitiativeStatus.values();
	}

	public InitiativeLevel[] levels() {
		return InitiativeLevel.values();
	}

	public Theme[] themes() {
		return Theme.values();
	}

	public FundingSource[] sources() {
		return FundingSource.values();
	}

	public PlaceKind[] placeKinds() {
		return PlaceKind.values();
	}

}
