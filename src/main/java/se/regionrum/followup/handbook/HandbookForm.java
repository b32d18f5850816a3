package se.regionrum.followup.handbook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Title, owner and foreword of a handbook; the chapters are composed on the handbook's page. */
public class HandbookForm {

	static final int LONG = 20000;

	@NotBlank(message = "{handbook.handbook.title.required}") @Size(max = 300, message = "{validation.tooLong}")
	private String title;

	@NotNull(message = "{handbook.handbook.owner.required}")
	private Long ownerOrganisationId;

	@Size(max = LONG, message = "{validation.tooLong}")
	private String foreword;

	public HandbookForm() {
	}

	public HandbookForm(String title, Long ownerOrganisationId, String foreword) {
		this.title = title;
		this.ownerOrganisationId = ownerOrganisationId;
		this.foreword = foreword;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Long getOwnerOrganisationId() {
		return ownerOrganisationId;
	}

	public void setOwnerOrganisationId(Long ownerOrganisationId) {
		this.ownerOrganisationId = ownerOrganisationId;
	}

	public String getForeword() {
		return foreword;
	}

	public void setForeword(String foreword) {
		this.foreword = foreword;
	}

}
