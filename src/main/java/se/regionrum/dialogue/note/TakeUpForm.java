package se.regionrum.dialogue.note;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One action on a note: a new development initiative, and optionally an obstacle to it, both
 * linked back to the note and its meeting.
 */
public class TakeUpForm {

	@NotBlank(message = "{dialogue.validation.title}")
	@Size(max = 300, message = "{dialogue.validation.tooLong}")
	private String title;

	private String description;

	@NotNull(message = "{dialogue.validation.owner}")
	private Long ownerOrganisationId;

	/** The municipality the initiative concerns: an initiative taken up from a note is placed there. */
	@NotNull(message = "{dialogue.validation.municipality}")
	private Long municipalityId;

	private TakeUpLevel level = TakeUpLevel.LOCAL;

	@Size(max = 300, message = "{dialogue.validation.tooLong}")
	private String obstacleTitle;

	private String obstacleKind = "OTHER";

	private String obstacleRemover = "MUNICIPALITY";

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public Long getOwnerOrganisationId() { return ownerOrganisationId; }
	public void setOwnerOrganisationId(Long ownerOrganisationId) { this.ownerOrganisationId = ownerOrganisationId; }
	public Long getMunicipalityId() { return municipalityId; }
	public void setMunicipalityId(Long municipalityId) { this.municipalityId = municipalityId; }
	public TakeUpLevel getLevel() { return level; }
	public void setLevel(TakeUpLevel level) { this.level = level; }
	public String getObstacleTitle() { return obstacleTitle; }
	public void setObstacleTitle(String obstacleTitle) { this.obstacleTitle = obstacleTitle; }
	public String getObstacleKind() { return obstacleKind; }
	public void setObstacleKind(String obstacleKind) { this.obstacleKind = obstacleKind; }
	public String getObstacleRemover() { return obstacleRemover; }
	public void setObstacleRemover(String obstacleRemover) { this.obstacleRemover = obstacleRemover; }

}
