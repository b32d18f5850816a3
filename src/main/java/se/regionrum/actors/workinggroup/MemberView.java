package se.regionrum.actors.workinggroup;

/** A member as pages and the API show one: with the organisation's and the person's name. */
public record MemberView(String key, long organisationId, String organisationName, Long personId,
		String personName, MemberRole role) {
}
