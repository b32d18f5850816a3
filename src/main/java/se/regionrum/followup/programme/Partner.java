package se.regionrum.followup.programme;

/**
 * A partner (samarbetspart) of a programme: an organisation of the register or a named group
 * (e.g. "intresseföreningar"), with its role.
 */
public record Partner(Long organisationId, String name, String role) {
}
