package se.regionrum.initiatives.obstacle;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;

import org.springframework.format.annotation.DateTimeFormat;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a user types for an obstacle. Dates left empty are filled in when the status moves on. */
public class ObstacleForm {

	// declared in the order of the form's fields, which the error summary follows
	@NotBlank(message = "{initiatives.obstacle.title.required}") @Size(max = 300, message = "{validation.tooLong}")
	private String title;

	@NotNull(message = "{initiatives.obstacle.kind.required}")
	private ObstacleKind kind;

	@NotNull(message = "{initiatives.obstacle.remover.required}")
	private ObstacleRemover remover;

	@NotNull(message = "{initiatives.obstacle.status.required}")
	private ObstacleStatus status = ObstacleStatus.OPEN;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate identifiedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate handlingStartedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate removedOn;

	@Size(max = 4000, message = "{validation.tooLong}")
	private String description;

	public ObstacleForm() {
	}

	public ObstacleForm(ObstacleKind kind, String title, String description, ObstacleRemover remover,
			ObstacleStatus status, LocalDate identifiedOn, LocalDate handlingStartedOn, LocalDate removedOn) {
		this.kind = kind;
		this.title = title;
		this.description = description;
		this.remover = remover;
		this.status = status;
		this.identifiedOn = identifiedOn;
		this.handlingStartedOn = handlingStartedOn;
		this.removedOn = removedOn;
	}

	static ObstacleForm of(Obstacle o) {
		return new ObstacleForm(o.kind(), o.title(), o.description(), o.remover(), o.status(), o.identifiedOn(),
				o.handlingStartedOn(), o.removedOn());
	}

	public ObstacleKind getKind() {
		return kind;
	}

	public void setKind(ObstacleKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public ObstacleRemover getRemover() {
		return remover;
	}

	public void setRemover(ObstacleRemover remover) {
		this.remover = remover;
	}

	public ObstacleStatus getStatus() {
		return status;
	}

	public void setStatus(ObstacleStatus status) {
		this.status = status;
	}

	public LocalDate getIdentifiedOn() {
		return identifiedOn;
	}

	public void setIdentifiedOn(LocalDate identifiedOn) {
		this.identifiedOn = identifiedOn;
	}

	public LocalDate getHandlingStartedOn() {
		return handlingStartedOn;
	}

	public void setHandlingStartedOn(LocalDate handlingStartedOn) {
		this.handlingStartedOn = handlingStartedOn;
	}

	public LocalDate getRemovedOn() {
		return removedOn;
	}

	public void setRemovedOn(LocalDate removedOn) {
		this.removedOn = removedOn;
	}

}
