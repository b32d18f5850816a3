package se.regionrum.followup.programme;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An action area (insatsområde) as API clients send it. */
@Schema(description = "An action area of a programme")
public record ActionAreaRequest(
		@NotBlank(message = "{followup.actionArea.name.required}") @Size(max = 300, message = "{validation.tooLong}") String name,
		@Size(max = 10000, message = "{validation.tooLong}") String description,
		@Min(value = 0, message = "{validation.notNegative}") Integer position) {

	ActionAreaForm toForm() {
		return new ActionAreaForm(name, description, position);
	}

}
