package se.regionrum.actors.workinggroup;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What a user types for a group on the page (the API binds {@link WorkingGroupRequest}); dates are checked by the service. */
public record WorkingGroupForm(
		@NotBlank(message = "{actors.workingGroup.name.required}") @Size(max = 200,
				message = "{actors.workingGroup.name.tooLong}") String name,
		@NotNull(message = "{actors.workingGroup.kind.required}") WorkingGroupKind kind,
		@Size(max = 4000, message = "{actors.workingGroup.description.tooLong}") String description,
		@NotNull(message = "{actors.workingGroup.ownerOrganisationId.required}") Long ownerOrganisationId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn) {

	public static WorkingGroupForm empty(Long ownerOrganisationId) {
		return new WorkingGroupForm("", WorkingGroupKind.WORKING_GROUP, "", ownerOrganisationId, null, null);
	}

	static WorkingGroupForm of(WorkingGroup g) {
		return new WorkingGroupForm(g.name(), g.kind(), g.description(), g.ownerOrganisationId(), g.startedOn(),
				g.endedOn());
	}

}
