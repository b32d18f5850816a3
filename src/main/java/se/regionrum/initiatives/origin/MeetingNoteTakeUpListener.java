package se.regionrum.initiatives.origin;

import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.regionrum.dialogue.MeetingNoteTakenUp;
import se.regionrum.initiatives.InitiativeDraft;
import se.regionrum.initiatives.InitiativeLevel;
import se.regionrum.initiatives.InitiativeOrigin;
import se.regionrum.initiatives.InitiativeRef;
import se.regionrum.initiatives.Initiatives;
import se.regionrum.initiatives.ObstacleDraft;
import se.regionrum.initiatives.Obstacles;
import se.regionrum.platform.SystemUser;

/**
 * A meeting note taken up in the dialogue module becomes an initiative, and an obstacle to it if
 * one was named, in the name of the person who took it up and with the note as its origin. Runs
 * after the dialogue's transaction has committed, in one transaction of its own; if it fails, the
 * publication stays incomplete in the event publication registry and is delivered again on
 * resubmission (or at the next start).
 */
@Component
class MeetingNoteTakeUpListener {

	/** The origin kind of initiatives taken up from a meeting note. */
	static final String ORIGIN_KIND = "MEETING_NOTE";

	private final Initiatives initiatives;

	private final Obstacles obstacles;

	MeetingNoteTakeUpListener(Initiatives initiatives, Obstacles obstacles) {
		this.initiatives = initiatives;
		this.obstacles = obstacles;
	}

	@ApplicationModuleListener
	void on(MeetingNoteTakenUp event) {
		SystemUser.callAs(event.takenUpBy(), () -> {
			InitiativeRef initiative = initiatives.create(new InitiativeDraft(event.title(), event.description(),
					event.ownerOrganisationId(), InitiativeLevel.valueOf(event.level()), Set.of(event.municipalityId()),
					Set.of(), new InitiativeOrigin(ORIGIN_KIND, event.noteId(), event.meetingLabel())));
			if (event.obstacleTitle() != null) {
				obstacles.addObstacle(initiative.id(),
						new ObstacleDraft(event.obstacleTitle(), null, event.obstacleKind(), event.obstacleRemover()));
			}
			return initiative;
		});
	}

}
