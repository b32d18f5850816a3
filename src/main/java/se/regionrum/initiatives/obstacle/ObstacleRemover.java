package se.regionrum.initiatives.obstacle;

/** Who can remove an obstacle. */
public enum ObstacleRemover {
	MUNICIPALITY, REGION, COUNTY_ADMINISTRATIVE_BOARD, NATIONAL_AGENCY
}
