package se.regionrum.actors.organisation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.regionrum.actors.OrganisationKind;

/**
 * An organisation as API clients send it. Rules that involve several fields or other records are
 * checked by {@link OrganisationService}.
 */
@Schema(description = "An organisation, an actor in regional development work")
public record OrganisationRequest(
		@NotBlank(message = "{actors.organisation.name.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
		@NotNull(message = "{actors.organisation.kind.required}") OrganisationKind kind,
		@Pattern(regexp = "|\\d{6}-?\\d{4}", message = "{actors.organisation.orgNumber.pattern}") String orgNumber,
		@Pattern(regexp = "|\\d{4}", message = "{actors.organisation.scbCode.pattern}") String scbCode,
		@Pattern(regexp = "|\\d{2}", message = "{actors.organisation.countyCode.pattern}") String countyCode,
		@Min(value = 0, message = "{validation.notNegative}") Integer population,
		@Min(value = 1900, message = "{actors.organisation.populationYear.range}") @Max(value = 2100, message = "{actors.organisation.populationYear.range}") Integer populationYear,
		@Size(max = 100, message = "{validation.tooLong}") String centralTown,
		@DecimalMin(value = "-90", message = "{actors.organisation.latitude.range}") @DecimalMax(value = "90", message = "{actors.organisation.latitude.range}") Double townLatitude,
		@DecimalMin(value = "-180", message = "{actors.organisation.longitude.range}") @DecimalMax(value = "180", message = "{actors.organisation.longitude.range}") Double townLongitude,
		@Size(max = 300, message = "{validation.tooLong}") @Pattern(regexp = "|https?://\\S+", message = "{validation.url}") String website,
		@Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") String email,
		@Size(max = 40, message = "{validation.tooLong}") @Pattern(regexp = "|[0-9 +()\\-]+", message = "{validation.phone}") String phone,
		@Size(max = 4000, message = "{validation.tooLong}") String description) {

	OrganisationForm toForm() {
		return new OrganisationForm(name, kind, orgNumber, scbCode, countyCode, population, populationYear, centralTown,
				townLatitude, townLongitude, website, email, phone, description);
	}

}
