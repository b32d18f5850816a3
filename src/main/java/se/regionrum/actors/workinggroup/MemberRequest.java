package se.regionrum.actors.workinggroup;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** A member to add, as API clients send it: an organisation, optionally one of its people, and a role. */
@Schema(description = "A member to add: an organisation, optionally one of its people, and a role")
public record MemberRequest(
		@NotNull(message = "{actors.workingGroup.member.organisationId.required}") Long organisationId,
		Long personId,
		@NotNull(message = "{actors.workingGroup.member.role.required}") MemberRole role) {

	MemberForm toForm() {
		return new MemberForm(organisationId, personId, role);
	}

}
