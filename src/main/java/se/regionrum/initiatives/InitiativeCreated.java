package se.regionrum.initiatives;

/** Published when an initiative has been created, by hand, by import or from another module. */
public record InitiativeCreated(long initiativeId, String title, long ownerOrganisationId, InitiativeOrigin origin) {
}
