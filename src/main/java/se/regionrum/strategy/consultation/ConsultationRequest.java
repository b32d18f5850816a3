package se.regionrum.strategy.consultation;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A consultation as API clients send it; the period rule is checked by {@link ConsultationService}. */
@Schema(description = "A consultation on a strategy, open from opensOn to closesOn")
public record ConsultationRequest(
		@NotNull(message = "{strategy.consultation.strategy.required}") Long strategyId,
		@NotBlank(message = "{strategy.consultation.title.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
		@Size(max = 4000, message = "{validation.tooLong}") String description,
		@NotNull(message = "{strategy.consultation.opensOn.required}") LocalDate opensOn,
		@NotNull(message = "{strategy.consultation.closesOn.required}") LocalDate closesOn,
		@Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = "|https?://\\S+", message = "{validation.url}") String documentUrl) {

	ConsultationForm toForm() {
		return new ConsultationForm(strategyId, title, description, opensOn, closesOn, documentUrl);
	}

}
