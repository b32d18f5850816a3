package se.regionrum.initiatives.initiative;

/** How an initiative is placed: a point, an area drawn on the map, or the whole municipalities it concerns. */
public enum PlaceKind {
	POINT, AREA, MUNICIPALITIES
}
