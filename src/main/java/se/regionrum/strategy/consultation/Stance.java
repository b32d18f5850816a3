package se.regionrum.strategy.consultation;

/** A responding organisation's position (ställningstagande) on one goal of the draft. */
public enum Stance {
	SUPPORTS, SUPPORTS_WITH_CHANGES, OPPOSES, NO_VIEW
}
