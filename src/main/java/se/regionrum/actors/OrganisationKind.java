package se.regionrum.actors;

/** The kinds of actor in regional development work. */
public enum OrganisationKind {
	REGION, MUNICIPALITY, INTERMUNICIPAL_BODY, COUNTY_ADMINISTRATIVE_BOARD, NATIONAL_AGENCY, UNIVERSITY, COMPANY,
	ASSOCIATION, OTHER;

	/** Kinds that belong to one county and so carry its two-digit code. */
	public boolean hasCounty() {
		return this == REGION || this == MUNICIPALITY || this == COUNTY_ADMINISTRATIVE_BOARD;
	}
}
