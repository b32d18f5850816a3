package se.regionrum.initiatives.obstacle;

/** What kind of obstacle stands in an initiative's way. */
public enum ObstacleKind {
	REGULATION, FINANCING, COMPETENCE, INFRASTRUCTURE, HOUSING, ELECTRICITY, OTHER
}
