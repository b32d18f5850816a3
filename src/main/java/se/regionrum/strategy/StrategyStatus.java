package se.regionrum.strategy;

public enum StrategyStatus {
	DRAFT, CONSULTATION, ADOPTED, UNDER_REVISION
}
