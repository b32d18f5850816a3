package se.regionrum.strategy.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A plan type as an administrator types it. */
public class PlanTypeForm {

	// declared in the order of the form's fields, which the error summary follows
	@NotBlank(message = "{strategy.planType.name.required}") @Size(max = 200, message = "{validation.tooLong}")
	private String name;

	@Size(max = 200, message = "{validation.tooLong}")
	private String nameEn;

	@Size(max = 200, message = "{validation.tooLong}")
	private String pluralName;

	@Size(max = 200, message = "{validation.tooLong}")
	private String pluralNameEn;

	@NotBlank(message = "{strategy.planType.code.required}") @Size(max = 40, message = "{validation.tooLong}")
	@Pattern(regexp = "|[A-Z0-9_]+", message = "{strategy.planType.code.pattern}")
	private String code;

	@Min(value = 1, message = "{strategy.planType.validityYears.range}") @Max(value = 50, message = "{strategy.planType.validityYears.range}")
	private Integer validityYears;

	@Min(value = 0, message = "{validation.notNegative}") @Max(value = 1000, message = "{strategy.planType.position.range}")
	private Integer position;

	@Size(max = 4000, message = "{validation.tooLong}")
	private String description;

	private boolean active = true;

	public PlanTypeForm() {
	}

	public PlanTypeForm(String code, String name, String nameEn, String pluralName, String pluralNameEn,
			Integer validityYears, Integer position, String description, Boolean active) {
		this.code = code;
		this.name = name;
		this.nameEn = nameEn;
		this.pluralName = pluralName;
		this.pluralNameEn = pluralNameEn;
		this.validityYears = validityYears;
		this.position = position;
		this.description = description;
		this.active = active == null || active;
	}

	static PlanTypeForm of(PlanType t) {
		return new PlanTypeForm(t.code(), t.name(), t.nameEn(), t.pluralName(), t.pluralNameEn(), t.validityYears(), t.position(), t.description(),
				t.active());
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getPluralName() {
		return pluralName;
	}

	public void setPluralName(String pluralName) {
		this.pluralName = pluralName;
	}

	public String getPluralNameEn() {
		return pluralNameEn;
	}

	public void setPluralNameEn(String pluralNameEn) {
		this.pluralNameEn = pluralNameEn;
	}

	public Integer getValidityYears() {
		return validityYears;
	}

	public void setValidityYears(Integer validityYears) {
		this.validityYears = validityYears;
	}

	public Integer getPosition() {
		return position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
