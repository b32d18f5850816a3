package se.regionrum.actors;

/** An organisation as other modules see it: enough to name it and link to it. */
public record OrganisationRef(long id, String name, OrganisationKind kind, String scbCode, String countyCode) {
}
