package se.regionrum.followup.programme;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An action area (insatsområde) as a user types it. */
public class ActionAreaForm {

	@NotBlank(message = "{followup.actionArea.name.required}") @Size(max = 300, message = "{validation.tooLong}")
	private String name;

	@Size(max = 10000, message = "{validation.tooLong}")
	private String description;

	@Min(value = 0, message = "{validation.notNegative}")
	private Integer position;

	public ActionAreaForm() {
	}

	public ActionAreaForm(String name, String description, Integer position) {
		this.name = name;
		this.description = description;
		this.position = position;
	}

	static ActionAreaForm of(ActionArea a) {
		return new ActionAreaForm(a.name(), a.description(), a.position());
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Integer getPosition() {
		return position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

}
