package se.regionrum.actors.workinggroup;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A working group or network as API clients send it; dates are checked by the service. */
@Schema(description = "A working group or network owned by an organisation")
public record WorkingGroupRequest(
		@NotBlank(message = "{actors.workingGroup.name.required}") @Size(max = 200,
				message = "{actors.workingGroup.name.tooLong}") String name,
		@NotNull(message = "{actors.workingGroup.kind.required}") WorkingGroupKind kind,
		@Size(max = 4000, message = "{actors.workingGroup.description.tooLong}") String description,
		@NotNull(message = "{actors.workingGroup.ownerOrganisationId.required}") Long ownerOrganisationId,
		LocalDate startedOn,
		LocalDate endedOn) {

	WorkingGroupForm toForm() {
		return new WorkingGroupForm(name, kind, description, ownerOrganisationId, startedOn, endedOn);
	}

}
