package se.regionrum.strategy;

/** The region's development strategy (RUS) or a municipality's development strategy. */
public enum StrategyKind {
	REGIONAL, MUNICIPAL
}
