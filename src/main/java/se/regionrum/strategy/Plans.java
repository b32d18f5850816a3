package se.regionrum.strategy;

import java.util.List;

/** The plan register as other modules see it (e.g. a municipality's overview page). Plans are public. */
public interface Plans {

	/** The municipality's planning reality today: every active plan type, in the register's order. */
	List<PlanStatus> ofMunicipality(long organisationId);

}
