package se.regionrum.actors.organisation;

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
 * What a user types for an organisation on the page (the API binds {@link OrganisationRequest}). Rules that involve
 * several fields or other records are checked by {@link OrganisationService}.
 */
public class OrganisationForm {

	@NotBlank(message = "{actors.organisation.name.required}") @Size(max = 200, message = "{validation.tooLong}")
	private String name;

	@NotNull(message = "{actors.organisation.kind.required}")
	private OrganisationKind kind;

	@Pattern(regexp = "|\\d{6}-?\\d{4}", message = "{actors.organisation.orgNumber.pattern}")
	private String orgNumber;

	@Pattern(regexp = "|\\d{4}", message = "{actors.organisation.scbCode.pattern}")
	private String scbCode;

	@Pattern(regexp = "|\\d{2}", message = "{actors.organisation.countyCode.pattern}")
	private String countyCode;

	@Min(value = 0, message = "{validation.notNegative}")
	private Integer population;

	@Min(value = 1900, message = "{actors.organisation.populationYear.range}") @Max(value = 2100, message = "{actors.organisation.populationYear.range}")
	private Integer populationYear;

	@Size(max = 100, message = "{validation.tooLong}")
	private String centralTown;

	@DecimalMin(value = "-90", message = "{actors.organisation.latitude.range}") @DecimalMax(value = "90", message = "{actors.organisation.latitude.range}")
	private Double townLatitude;

	@DecimalMin(value = "-180", message = "{actors.organisation.longitude.range}") @DecimalMax(value = "180", message = "{actors.organisation.longitude.range}")
	private Double townLongitude;

	@Size(max = 300, message = "{validation.tooLong}") @Pattern(regexp = "|https?://\\S+", message = "{validation.url}")
	private String website;

	@Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}")
	private String email;

	@Size(max = 40, message = "{validation.tooLong}") @Pattern(regexp = "|[0-9 +()\\-]+", message = "{validation.phone}")
	private String phone;

	@Size(max = 4000, message = "{validation.tooLong}")
	private String description;

	/** For form binding: a bean, so that a field with a wrong type still leaves the others to show. */
	public OrganisationForm() {
	}

	public OrganisationForm(String name, OrganisationKind kind, String orgNumber, String scbCode, String countyCode, Integer population, Integer populationYear, String centralTown, Double townLatitude, Double townLongitude, String website, String email, String phone, String description) {
		this.name = name;
		this.kind = kind;
		this.orgNumber = orgNumber;
		this.scbCode = scbCode;
		this.countyCode = countyCode;
		this.population = population;
		this.populationYear = populationYear;
		this.centralTown = centralTown;
		this.townLatitude = townLatitude;
		this.townLongitude = townLongitude;
		this.website = website;
		this.email = email;
		this.phone = phone;
		this.description = description;
	}

	public static OrganisationForm empty() {
		return new OrganisationForm("", null, "", "", "", null, null, "", null, null, "", "", "", "");
	}

	static OrganisationForm of(Organisation o) {
		return new OrganisationForm(o.name(), o.kind(), o.orgNumber(), o.scbCode(), o.countyCode(), o.population(),
				o.populationYear(), o.centralTown(), o.townLatitude(), o.townLongitude(), o.website(), o.email(),
				o.phone(), o.description());
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public OrganisationKind getKind() {
		return kind;
	}

	public void setKind(OrganisationKind kind) {
		this.kind = kind;
	}

	public String getOrgNumber() {
		return orgNumber;
	}

	public void setOrgNumber(String orgNumber) {
		this.orgNumber = orgNumber;
	}

	public String getScbCode() {
		return scbCode;
	}

	public void setScbCode(String scbCode) {
		this.scbCode = scbCode;
	}

	public String getCountyCode() {
		return countyCode;
	}

	public void setCountyCode(String countyCode) {
		this.countyCode = countyCode;
	}

	public Integer getPopulation() {
		return population;
	}

	public void setPopulation(Integer population) {
		this.population = population;
	}

	public Integer getPopulationYear() {
		return populationYear;
	}

	public void setPopulationYear(Integer populationYear) {
		this.populationYear = populationYear;
	}

	public String getCentralTown() {
		return centralTown;
	}

	public void setCentralTown(String centralTown) {
		this.centralTown = centralTown;
	}

	public Double getTownLatitude() {
		return townLatitude;
	}

	public void setTownLatitude(Double townLatitude) {
		this.townLatitude = townLatitude;
	}

	public Double getTownLongitude() {
		return townLongitude;
	}

	public void setTownLongitude(Double townLongitude) {
		this.townLongitude = townLongitude;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
