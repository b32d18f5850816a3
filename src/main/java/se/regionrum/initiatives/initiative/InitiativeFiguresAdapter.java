package se.regionrum.initiatives.initiative;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.regionrum.initiatives.InitiativeFigures;
import se.regionrum.platform.Permissions;

/** Initiative figures for follow-up pages; visibility as on the initiative pages. */
@Component
class InitiativeFiguresAdapter implements InitiativeFigures {

	private final InitiativeFigureQueries queries;

	private final Permissions permissions;

	InitiativeFiguresAdapter(InitiativeFigureQueries queries, Permissions permissions) {
		this.queries = queries;
		this.permissions = permissions;
	}

	@Override
	public List<GoalInitiative> linksOfGoals(Collection<Long> goalIds) {
		return queries.linksOfGoals(goalIds, !permissions.isSignedIn());
	}

	@Override
	public Map<Long, Funding> fundingOfGoalInitiatives(Collection<Long> goalIds) {
		return queries.fundingOfGoalInitiatives(goalIds, !permissions.isSignedIn());
	}

	@Override
	public Map<Long, MunicipalityFigures> byMunicipality() {
		return queries.byMunicipality(!permissions.isSignedIn());
	}

}
