package se.regionrum.strategy.consultation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment for the open mailbox. Only the text is required; the rest is optional. */
public class CommentForm {

	private Long goalId;

	@NotBlank(message = "{strategy.comment.body.required}") @Size(max = 4000, message = "{validation.tooLong}")
	private String body;

	@Size(max = 200, message = "{validation.tooLong}")
	private String authorName;

	@Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}")
	private String authorEmail;

	@Size(max = 200, message = "{validation.tooLong}")
	private String authorOrganisation;

	public CommentForm() {
	}

	public CommentForm(Long goalId, String body, String authorName, String authorEmail, String authorOrganisation) {
		this.goalId = goalId;
		this.body = body;
		this.authorName = authorName;
		this.authorEmail = authorEmail;
		this.authorOrganisation = authorOrganisation;
	}

	public Long getGoalId() {
		return goalId;
	}

	public void setGoalId(Long goalId) {
		this.goalId = goalId;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getAuthorName() {
		return authorName;
	}

	public void setAuthorName(String authorName) {
		this.authorName = authorName;
	}

	public String getAuthorEmail() {
		return authorEmail;
	}

	public void setAuthorEmail(String authorEmail) {
		this.authorEmail = authorEmail;
	}

	public String getAuthorOrganisation() {
		return authorOrganisation;
	}

	public void setAuthorOrganisation(String authorOrganisation) {
		this.authorOrganisation = authorOrganisation;
	}

}
