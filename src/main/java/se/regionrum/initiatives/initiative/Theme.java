package se.regionrum.initiatives.initiative;

/** Themes and sectors an initiative belongs to; several may apply. */
public enum Theme {
	BUSINESS, SKILLS, HOUSING, TRANSPORT, ENERGY, SERVICE, TOURISM, FOOD, CULTURE, HEALTH, CLIMATE, DIGITAL, PLANNING,
	EDUCATION
}
