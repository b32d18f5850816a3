package se.regionrum.followup.programme;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A programme as API clients send it. */
@Schema(description = "A programme or project; partners, results, lessons and measures replace the existing ones")
public record ProgrammeRequest(
		@NotNull(message = "{followup.programme.kind.required}") ProgrammeKind kind,
		@NotBlank(message = "{followup.programme.name.required}") @Size(max = 300, message = "{validation.tooLong}") String name,
		@Size(max = 10000, message = "{validation.tooLong}") String summary,
		@Size(max = 10000, message = "{validation.tooLong}") String purpose,
		@Size(max = 10000, message = "{validation.tooLong}") String goals,
		@NotNull(message = "{followup.programme.startDate.required}") LocalDate startDate,
		@NotNull(message = "{followup.programme.endDate.required}") LocalDate endDate,
		@NotNull(message = "{followup.programme.status.required}") ProgrammeStatus status,
		@NotNull(message = "{followup.programme.owner.required}") Long ownerOrganisationId,
		Long contactPersonId,
		Long workingGroupId,
		@Size(max = 10000, message = "{validation.tooLong}") String dissemination,
		boolean published,
		List<Long> goalIds,
		@Valid List<PartnerRequest> partners,
		List<@Size(max = 2000, message = "{validation.tooLong}") String> results,
		List<@Size(max = 2000, message = "{validation.tooLong}") String> lessons,
		List<Measure> measures,
		List<Long> outcomeIds) {

	public record PartnerRequest(Long organisationId,
			@NotBlank(message = "{followup.programme.name.required}") @Size(max = 300, message = "{validation.tooLong}") String name,
			@Size(max = 300, message = "{validation.tooLong}") String role) {
	}

	ProgrammeCommand toCommand() {
		return new ProgrammeCommand(kind, name, summary, purpose, goals, startDate, endDate, status,
				ownerOrganisationId, contactPersonId, workingGroupId, dissemination, published, goalIds,
				partners == null ? List.of()
						: partners.stream().map(p -> new Partner(p.organisationId(), p.name().strip(), p.role())).toList(),
				results, lessons, measures, outcomeIds);
	}

}
