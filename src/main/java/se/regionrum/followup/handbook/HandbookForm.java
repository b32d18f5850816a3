package se.regionrum.followup.handbook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Title, owner and foreword of a handbook; the chapters are composed on the handbook's page. */
public record HandbookForm(
		@NotBlank(message = "{handbook.handbook.title.required}") @Size(max = 300,
				message = "{validation.tooLong}") String title,
		@NotNull(message = "{handbook.handbook.owner.required}") Long ownerOrganisationId,
		@Size(max = HandbookForm.LONG, message = "{validation.tooLong}") String foreword) {

	static final int LONG = 20000;

	/** A new handbook, owned by the given organisation (the user's own, when there is one). */
	static HandbookForm empty(Long ownerOrganisationId) {
		return new HandbookForm(null, ownerOrganisationId, null);
	}

	static HandbookForm of(Handbook handbook) {
		return new HandbookForm(handbook.title(), handbook.ownerOrganisationId(), handbook.foreword());
	}

}
