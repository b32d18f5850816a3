package se.regionrum.strategy.strategy;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.regionrum.strategy.StrategyKind;
import se.regionrum.strategy.StrategyStatus;

/**
 * What a user types for a strategy on the page (the API binds {@link StrategyRequest}). A bean, so that one field of the
 * wrong type still leaves the others to show. Rules across fields are checked by {@link StrategyService}.
 */
public class StrategyForm {

	@NotBlank(message = "{strategy.strategy.name.required}") @Size(max = 300, message = "{validation.tooLong}")
	private String name;

	@NotNull(message = "{strategy.strategy.kind.required}")
	private StrategyKind kind;

	@NotNull(message = "{strategy.strategy.owner.required}")
	private Long ownerOrganisationId;

	@Min(value = 1990, message = "{strategy.strategy.year.range}") @Max(value = 2100, message = "{strategy.strategy.year.range}")
	private Integer periodStart;

	@Min(value = 1990, message = "{strategy.strategy.year.range}") @Max(value = 2100, message = "{strategy.strategy.year.range}")
	private Integer periodEnd;

	@NotNull(message = "{strategy.strategy.status.required}")
	private StrategyStatus status;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate adoptedOn;

	@Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = "|https?://\\S+", message = "{validation.url}")
	private String documentUrl;

	@Size(max = 4000, message = "{validation.tooLong}")
	private String description;

	private boolean published;

	public StrategyForm() {
	}

	public StrategyForm(String name, StrategyKind kind, Long ownerOrganisationId, Integer periodStart,
			Integer periodEnd, StrategyStatus status, LocalDate adoptedOn, String documentUrl, String description,
			Boolean published) {
		this.name = name;
		this.kind = kind;
		this.ownerOrganisationId = ownerOrganisationId;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.status = status;
		this.adoptedOn = adoptedOn;
		this.documentUrl = documentUrl;
		this.description = description;
		this.published = published != null && published;
	}

	public static StrategyForm empty(Long ownerOrganisationId) {
		return new StrategyForm("", null, ownerOrganisationId, null, null, StrategyStatus.DRAFT, null, "", "", false);
	}

	static StrategyForm of(Strategy s) {
		return new StrategyForm(s.name(), s.kind(), s.ownerOrganisationId(), s.periodStart(), s.periodEnd(), s.status(),
				s.adoptedOn(), s.documentUrl(), s.description(), s.published());
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public StrategyKind getKind() {
		return kind;
	}

	public void setKind(StrategyKind kind) {
		this.kind = kind;
	}

	public Long getOwnerOrganisationId() {
		return ownerOrganisationId;
	}

	public void setOwnerOrganisationId(Long ownerOrganisationId) {
		this.ownerOrganisationId = ownerOrganisationId;
	}

	public Integer getPeriodStart() {
		return periodStart;
	}

	public void setPeriodStart(Integer periodStart) {
		this.periodStart = periodStart;
	}

	public Integer getPeriodEnd() {
		return periodEnd;
	}

	public void setPeriodEnd(Integer periodEnd) {
		this.periodEnd = periodEnd;
	}

	public StrategyStatus getStatus() {
		return status;
	}

	public void setStatus(StrategyStatus status) {
		this.status = status;
	}

	public LocalDate getAdoptedOn() {
		return adoptedOn;
	}

	public void setAdoptedOn(LocalDate adoptedOn) {
		this.adoptedOn = adoptedOn;
	}

	public String getDocumentUrl() {
		return documentUrl;
	}

	public void setDocumentUrl(String documentUrl) {
		this.documentUrl = documentUrl;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public boolean isPublished() {
		return published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

}
