package se.regionrum.actors.person;

/** A person as the working groups see one: a name to show and the organisation they belong to. */
public record PersonRef(long id, String name, Long organisationId, boolean erased) {
}
