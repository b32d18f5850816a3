package se.regionrum.followup.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A cost kind as an administrator types it on the page (the API binds {@link CostKindRequest}).
 * The code is given once, when the kind is created (made from the name when left empty), and
 * stays; position and active are kept as they are when left out.
 */
public class CostKindForm {

	@Size(max = 40, message = "{followup.costKind.code.invalid}")
	private String code;

	@NotBlank(message = "{followup.costKind.name.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String name;

	@Size(max = 200, message = "{validation.tooLong}")
	private String nameEn;

	@Min(value = 1, message = "{followup.costKind.position.range}")
	@Max(value = 9999, message = "{followup.costKind.position.range}")
	private Integer position;

	private Boolean active;

	public CostKindForm() {
	}

	public CostKindForm(String code, String name, String nameEn, Integer position, Boolean active) {
		this.code = code;
		this.name = name;
		this.nameEn = nameEn;
		this.position = position;
		this.active = active;
	}

	static CostKindForm of(CostKind kind) {
		return new CostKindForm(kind.code(), kind.name(), kind.nameEn(), kind.position(), kind.active());
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

	public Integer getPosition() {
		return position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public Boolean getActive() {
		return active;
	}

	public void setActive(Boolean active) {
		this.active = active;
	}

}
