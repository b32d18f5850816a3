package se.regionrum.strategy.consultation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A consultation as a user types it; the period rule is checked by {@link ConsultationService}. */
public record ConsultationForm(
		@NotNull(message = "{strategy.consultation.strategy.required}") Long strategyId,
		@NotBlank(message = "{strategy.consultation.title.required}") @Size(max = 300,
				message = "{validation.tooLong}") String title,
		@Size(max = 4000, message = "{validation.tooLong}") String description,
		@NotNull(message = "{strategy.consultation.opensOn.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
		@NotNull(message = "{strategy.consultation.closesOn.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
		@Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = "|https?://\\S+",
				message = "{validation.url}") String documentUrl) {

	static ConsultationForm of(Consultation c) {
		return new ConsultationForm(c.strategyId(), c.title(), c.description(), c.opensOn(), c.closesOn(),
				c.documentUrl());
	}

}
