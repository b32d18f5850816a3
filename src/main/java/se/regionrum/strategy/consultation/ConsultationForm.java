package se.regionrum.strategy.consultation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A consultation as a user types it; the period rule is checked by {@link ConsultationService}. */
public class ConsultationForm {

	@NotNull(message = "{strategy.consultation.strategy.required}")
	private Long strategyId;

	@NotBlank(message = "{strategy.consultation.title.required}") @Size(max = 300, message = "{validation.tooLong}")
	private String title;

	@Size(max = 4000, message = "{validation.tooLong}")
	private String description;

	@NotNull(message = "{strategy.consultation.opensOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate opensOn;

	@NotNull(message = "{strategy.consultation.closesOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate closesOn;

	@Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = "|https?://\\S+", message = "{validation.url}")
	private String documentUrl;

	public ConsultationForm() {
	}

	public ConsultationForm(Long strategyId, String title, String description, LocalDate opensOn, LocalDate closesOn,
			String documentUrl) {
		this.strategyId = strategyId;
		this.title = title;
		this.description = description;
		this.opensOn = opensOn;
		this.closesOn = closesOn;
		this.documentUrl = documentUrl;
	}

	static ConsultationForm of(Consultation c) {
		return new ConsultationForm(c.strategyId(), c.title(), c.description(), c.opensOn(), c.closesOn(),
				c.documentUrl());
	}

	public Long getStrategyId() {
		return strategyId;
	}

	public void setStrategyId(Long strategyId) {
		this.strategyId = strategyId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public LocalDate getOpensOn() {
		return opensOn;
	}

	public void setOpensOn(LocalDate opensOn) {
		this.opensOn = opensOn;
	}

	public LocalDate getClosesOn() {
		return closesOn;
	}

	public void setClosesOn(LocalDate closesOn) {
		this.closesOn = closesOn;
	}

	public String getDocumentUrl() {
		return documentUrl;
	}

	public void setDocumentUrl(String documentUrl) {
		this.documentUrl = documentUrl;
	}

}
