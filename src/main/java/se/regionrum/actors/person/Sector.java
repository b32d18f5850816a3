package se.regionrum.actors.person;

/** The field a person works in; a person may have several. Labels: {@code actors.sector.<NAME>}. */
public enum Sector {
	BUSINESS, COMMUNITY_PLANNING, CULTURE, EDUCATION, ENVIRONMENT, PUBLIC_HEALTH, TRANSPORT, ENERGY, RURAL_SERVICE,
	OTHER
}
