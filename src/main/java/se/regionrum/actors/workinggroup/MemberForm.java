package se.regionrum.actors.workinggroup;

import jakarta.validation.constraints.NotNull;

/** Adding a member: an organisation, optionally one of its people, and a role. */
public record MemberForm(
		@NotNull(message = "{actors.workingGroup.member.organisationId.required}") Long organisationId,
		Long personId,
		@NotNull(message = "{actors.workingGroup.member.role.required}") MemberRole role) {

	public static MemberForm empty() {
		return new MemberForm(null, null, MemberRole.MEMBER);
	}

}
