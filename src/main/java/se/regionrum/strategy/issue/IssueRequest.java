package se.regionrum.strategy.issue;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An issue as API clients send it, with its classification and links. Lists left out are empty,
 * except initiative ids: left out, the issue keeps the ones it has. Not published when left out or null.
 */
@Schema(description = "An issue with its classification and links; initiativeIds left out keeps the issue's initiatives")
public record IssueRequest(
		@NotBlank(message = "{strategy.issue.title.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
		@Size(max = 4000, message = "{validation.tooLong}") String description,
		@NotNull(message = "{strategy.issue.owner.required}") Long ownerOrganisationId,
		Answer placeBound,
		Answer regionalLevel,
		RegionRole regionRole,
		@Size(max = 2000, message = "{validation.tooLong}") String regionAspect,
		Boolean published,
		List<Long> goalIds,
		List<Long> municipalityIds,
		List<Long> initiativeIds) {

	IssueForm toForm() {
		return new IssueForm(title, description, ownerOrganisationId, placeBound, regionalLevel, regionRole, regionAspect,
				published, goalIds, municipalityIds, initiativeIds);
	}

}
