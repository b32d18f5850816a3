package se.regionrum.followup.mapcomposer;

/**
 * What a layer of a composed map shows, and where its data comes from (always a module's root API).
 * Drawn in the composition's order; polygon layers belong below point and line layers.
 */
public enum LayerKind {

	/** The register's municipalities (actors), plain or coloured by an indicator's values (indicators). */
	BOUNDARIES,
	/** Initiatives by a filter (initiatives): their points, or the central town of their municipality. */
	INITIATIVES,
	/** Large establishments (initiatives). */
	ESTABLISHMENTS,
	/** The planning reality: whether each municipality has a current plan of one type (strategy). */
	PLAN_MATRIX,
	/** The service points of a finished analysis run (analysis). */
	SERVICE_POINTS,
	/** Travel time or road distance to the nearest service point per grid cell (analysis). */
	ACCESSIBILITY,
	/** Commuting flows between municipalities (indicators). */
	FLOWS;

	/** Areas are drawn first whatever the order, so that points and lines stay visible. */
	public boolean area() {
		return this == BOUNDARIES || this == PLAN_MATRIX || this == ACCESSIBILITY;
	}

}
