package se.regionrum.initiatives;

/** The geographic level an initiative works at. */
public enum InitiativeLevel {
	LOCAL, INTERMUNICIPAL, REGIONAL, INTERREGIONAL, NATIONAL
}
