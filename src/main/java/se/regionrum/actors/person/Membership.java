package se.regionrum.actors.person;

/**
 * A person's place in a working group or network. Kind and role are the names of
 * {@code WorkingGroupKind} and {@code MemberRole} (kept as text so that this package does not
 * depend on the working-group package, which depends on it).
 */
public record Membership(long workingGroupId, String workingGroupName, String kind, String role) {
}
