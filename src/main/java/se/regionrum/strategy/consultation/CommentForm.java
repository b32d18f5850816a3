package se.regionrum.strategy.consultation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment for the open mailbox. Only the text is required; the rest is optional. */
public record CommentForm(
		Long goalId,
		@NotBlank(message = "{strategy.comment.body.required}") @Size(max = 4000,
				message = "{validation.tooLong}") String body,
		@Size(max = 200, message = "{validation.tooLong}") String authorName,
		@Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") String authorEmail,
		@Size(max = 200, message = "{validation.tooLong}") String authorOrganisation) {

	static CommentForm empty() {
		return new CommentForm(null, null, null, null, null);
	}

}
