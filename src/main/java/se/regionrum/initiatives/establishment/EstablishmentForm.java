package se.regionrum.initiatives.establishment;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.format.annotation.DateTimeFormat;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a user types for a large establishment: the facts, its phases and the assumptions of its estimate.
 * Fields are declared in the order of the form, which the error summary follows.
 */
public class EstablishmentForm extends AssumptionsForm {

	@NotBlank(message = "{initiatives.establishment.company.required}") @Size(max = 200, message = "{validation.tooLong}")
	private String company;

	@NotNull(message = "{initiatives.establishment.municipality.required}")
	private Long municipalityId;

	@Size(max = 100, message = "{validation.tooLong}")
	private String sector;

	@Size(max = 10000, message = "{validation.tooLong}")
	private String description;

	@NotNull(message = "{initiatives.establishment.directJobs.required}") @Min(value = 0, message = "{validation.notNegative}") @Max(value = 100000, message = "{initiatives.establishment.directJobs.range}")
	private Integer directJobs;

	@Min(value = 0, message = "{validation.notNegative}") @Max(value = 100000, message = "{initiatives.establishment.power.range}")
	private Double powerDemandMw;

	@DecimalMin(value = "-90", message = "{initiatives.initiative.latitude.range}") @DecimalMax(value = "90", message = "{initiatives.initiative.latitude.range}")
	private Double latitude;

	@DecimalMin(value = "-180", message = "{initiatives.initiative.longitude.range}") @DecimalMax(value = "180", message = "{initiatives.initiative.longitude.range}")
	private Double longitude;

	private boolean published;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate permitStartsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate permitEndsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate constructionStartsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate constructionEndsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate operationStartsOn;

	public EstablishmentForm() {
	}

	public static EstablishmentForm empty() {
		EstablishmentForm form = new EstablishmentForm();
		form.fill(Assumptions.defaults(), Map.of());
		return form;
	}

	static EstablishmentForm of(Establishment e) {
		EstablishmentForm form = new EstablishmentForm();
		form.fill(e.assumptions(), ImpactEstimate.shares(e));
		form.company = e.company();
		form.municipalityId = e.municipalityId();
		form.sector = e.sector();
		form.description = e.description();
		form.latitude = e.latitude();
		form.longitude = e.longitude();
		form.directJobs = e.directJobs();
		form.powerDemandMw = e.powerDemandMw();
		form.published = e.published();
		form.permitStartsOn = e.permitStartsOn();
		form.permitEndsOn = e.permitEndsOn();
		form.constructionStartsOn = e.constructionStartsOn();
		form.constructionEndsOn = e.constructionEndsOn();
		form.operationStartsOn = e.operationStartsOn();
		return form;
	}

	public String getCompany() {
		return company;
	}

	public void setCompany(String company) {
		this.company = company;
	}

	public Long getMunicipalityId() {
		return municipalityId;
	}

	public void setMunicipalityId(Long municipalityId) {
		this.municipalityId = municipalityId;
	}

	public String getSector() {
		return sector;
	}

	public void setSector(String sector) {
		this.sector = sector;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Double getLatitude() {
		return latitude;
	}

	public void setLatitude(Double latitude) {
		this.latitude = latitude;
	}

	public Double getLongitude() {
		return longitude;
	}

	public void setLongitude(Double longitude) {
		this.longitude = longitude;
	}

	public Integer getDirectJobs() {
		return directJobs;
	}

	public void setDirectJobs(Integer directJobs) {
		this.directJobs = directJobs;
	}

	public Double getPowerDemandMw() {
		return powerDemandMw;
	}

	public void setPowerDemandMw(Double powerDemandMw) {
		this.powerDemandMw = powerDemandMw;
	}

	public boolean isPublished() {
		return published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

	public LocalDate getPermitStartsOn() {
		return permitStartsOn;
	}

	public void setPermitStartsOn(LocalDate permitStartsOn) {
		this.permitStartsOn = permitStartsOn;
	}

	public LocalDate getPermitEndsOn() {
		return permitEndsOn;
	}

	public void setPermitEndsOn(LocalDate permitEndsOn) {
		this.permitEndsOn = permitEndsOn;
	}

	public LocalDate getConstructionStartsOn() {
		return constructionStartsOn;
	}

	public void setConstructionStartsOn(LocalDate constructionStartsOn) {
		this.constructionStartsOn = constructionStartsOn;
	}

	public LocalDate getConstructionEndsOn() {
		return constructionEndsOn;
	}

	public void setConstructionEndsOn(LocalDate constructionEndsOn) {
		this.constructionEndsOn = constructionEndsOn;
	}

	public LocalDate getOperationStartsOn() {
		return operationStartsOn;
	}

	public void setOperationStartsOn(LocalDate operationStartsOn) {
		this.operationStartsOn = operationStartsOn;
	}

}
