package se.regionrum.followup.programme;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An action area (insatsområde) as a user types it. */
public record ActionAreaForm(
		@NotBlank(message = "{followup.actionArea.name.required}") @Size(max = 300,
				message = "{validation.tooLong}") String name,
		@Size(max = 10000, message = "{validation.tooLong}") String description,
		@Min(value = 0, message = "{validation.notNegative}") Integer position) {

	static ActionAreaForm empty() {
		return new ActionAreaForm(null, null, null);
	}

	static ActionAreaForm of(ActionArea a) {
		return new ActionAreaForm(a.name(), a.description(), a.position());
	}

}
