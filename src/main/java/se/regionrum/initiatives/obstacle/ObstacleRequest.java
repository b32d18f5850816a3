package se.regionrum.initiatives.obstacle;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An obstacle as API clients send it. A status left out is {@code OPEN}; dates left empty are
 * filled in as the status moves on.
 */
@Schema(description = "A development obstacle of an initiative; a status left out is OPEN")
public record ObstacleRequest(
		@NotBlank(message = "{initiatives.obstacle.title.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
		@NotNull(message = "{initiatives.obstacle.kind.required}") ObstacleKind kind,
		@NotNull(message = "{initiatives.obstacle.remover.required}") ObstacleRemover remover,
		ObstacleStatus status,
		LocalDate identifiedOn,
		LocalDate handlingStartedOn,
		LocalDate removedOn,
		@Size(max = 4000, message = "{validation.tooLong}") String description) {

	public ObstacleRequest {
		status = status == null ? ObstacleStatus.OPEN : status;
	}

	ObstacleForm toForm() {
		return new ObstacleForm(kind, title, description, remover, status, identifiedOn, handlingStartedOn, removedOn);
	}

}
