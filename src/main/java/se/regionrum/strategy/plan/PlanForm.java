package se.regionrum.strategy.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A plan as a user types it; rules across fields are checked by {@link PlanService}. */
public class PlanForm {

	@NotNull(message = "{strategy.plan.organisation.required}")
	private Long organisationId;

	@NotNull(message = "{strategy.plan.type.required}")
	private Long planTypeId;

	@NotBlank(message = "{strategy.plan.title.required}") @Size(max = 300, message = "{validation.tooLong}")
	private String title;

	@NotNull(message = "{strategy.plan.adoptedOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate adoptedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validUntil;

	@Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = "|https?://\\S+", message = "{validation.url}")
	private String documentUrl;

	@Size(max = 4000, message = "{validation.tooLong}")
	private String note;

	public PlanForm() {
	}

	public PlanForm(Long organisationId, Long planTypeId, String title, LocalDate adoptedOn, LocalDate validUntil,
			String documentUrl, String note) {
		this.organisationId = organisationId;
		this.planTypeId = planTypeId;
		this.title = title;
		this.adoptedOn = adoptedOn;
		this.validUntil = validUntil;
		this.documentUrl = documentUrl;
		this.note = note;
	}

	static PlanForm of(Plan p) {
		return new PlanForm(p.organisationId(), p.planTypeId(), p.title(), p.adoptedOn(), p.validUntil(),
				p.documentUrl(), p.note());
	}

	public Long getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

	public Long getPlanTypeId() {
		return planTypeId;
	}

	public void setPlanTypeId(Long planTypeId) {
		this.planTypeId = planTypeId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getAdoptedOn() {
		return adoptedOn;
	}

	public void setAdoptedOn(LocalDate adoptedOn) {
		this.adoptedOn = adoptedOn;
	}

	public LocalDate getValidUntil() {
		return validUntil;
	}

	public void setValidUntil(LocalDate validUntil) {
		this.validUntil = validUntil;
	}

	public String getDocumentUrl() {
		return documentUrl;
	}

	public void setDocumentUrl(String documentUrl) {
		this.documentUrl = documentUrl;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
