package se.regionrum.initiatives.obstacle;

public enum ObstacleStatus {
	OPEN, BEING_HANDLED, REMOVED
}
