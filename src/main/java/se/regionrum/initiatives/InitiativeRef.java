package se.regionrum.initiatives;

/** An initiative as other modules see it: enough to name it and link to it ({@code /initiatives/{id}}). */
public record InitiativeRef(long id, String title, InitiativeStatus status, long ownerOrganisationId,
		boolean published) {
}
