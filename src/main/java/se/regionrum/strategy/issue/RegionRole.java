package se.regionrum.strategy.issue;

/**
 * The aspect of an issue the region (the regional development actor) handles, after the
 * regional roles of seed 004: regional coordination, strategic direction, knowledge.
 */
public enum RegionRole {
	COORDINATION, STRATEGIC_DIRECTION, KNOWLEDGE
}
