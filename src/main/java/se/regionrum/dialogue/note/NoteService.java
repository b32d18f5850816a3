package se.regionrum.dialogue.note;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.dialogue.MeetingNoteTakenUp;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.Permissions;

/**
 * Notes from dialogues and interviews, read by signed-in users, written by the meeting's
 * editors; from a note, one action takes it up as a development initiative (and optionally an
 * obstacle): the note keeps a record of the take-up and publishes {@link MeetingNoteTakenUp}, from
 * which the initiatives module creates them with the note as their origin.
 */
@Service
public class NoteService {

	static final List<String> OBSTACLE_KINDS = List.of("REGULATION", "FINANCING", "COMPETENCE", "INFRASTRUCTURE",
			"HOUSING", "ELECTRICITY", "OTHER");

	static final List<String> REMOVERS = List.of("MUNICIPALITY", "REGION", "COUNTY_ADMINISTRATIVE_BOARD",
			"NATIONAL_AGENCY");

	private final NoteQueries queries;

	private final NoteTakeUpRepository takeUps;

	private final MeetingService meetings;

	private final Organisations organisations;

	private final Permissions permissions;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	NoteService(NoteQueries queries, NoteTakeUpRepository takeUps, MeetingService meetings, Organisations organisations,
			Permissions permissions, AuditLog audit, ApplicationEventPublisher events) {
		this.queries = queries;
		this.takeUps = takeUps;
		this.meetings = meetings;
		this.organisations = organisations;
		this.permissions = permissions;
		this.audit = audit;
		this.events = events;
	}

	public List<MeetingNote> ofMeeting(long meetingId) {
		permissions.requireSignedIn();
		meetings.get(meetingId);
		return queries.ofMeeting(meetingId);
	}

	public MeetingNote get(long noteId) {
		permissions.requireSignedIn();
		return queries.find(noteId).orElseThrow(() -> new NotFoundException("Note", noteId));
	}

	@Transactional
	public MeetingNote add(long meetingId, String body) {
		meetings.requireEditable(meetingId);
		long id = queries.insertNote(meetingId, body.strip(), permissions.actorName(), OffsetDateTime.now(ZoneOffset.UTC));
		audit.created("meeting-note", id, Map.of("meetingId", meetingId, "body", body.strip()));
		return get(id);
	}

	/** What was taken up from a note, oldest first. */
	public List<NoteTakeUp> takeUpsOf(long noteId) {
		return takeUps.findByNoteIdOrderById(noteId);
	}

	/**
	 * The one action: the note taken up as an initiative, and an obstacle to it if one is named. The
	 * person must be allowed to edit the meeting and to act for the owner organisation; a value the
	 * initiatives module would refuse is reported on the field of this form it concerns, and nothing
	 * is saved or published.
	 */
	@Transactional
	public NoteTakeUp takeUp(long noteId, TakeUpForm form) {
		MeetingNote note = get(noteId);
		Meeting meeting = meetings.requireEditable(note.meetingId());
		if (form.getOwnerOrganisationId() == null) {
			throw new InvalidInputException("ownerOrganisationId", "dialogue.validation.owner");
		}
		CurrentUser user = permissions.requireEditorOf(form.getOwnerOrganisationId());
		check(form);
		String obstacle = blank(form.getObstacleTitle()) ? null : form.getObstacleTitle().strip();
		NoteTakeUp saved = takeUps.save(new NoteTakeUp(null, noteId, form.getTitle().strip(), obstacle,
				user.username(), Instant.now()));
		TakeUpLevel level = form.getLevel() == null ? TakeUpLevel.LOCAL : form.getLevel();
		events.publishEvent(new MeetingNoteTakenUp(noteId, meeting.title() + " " + meeting.date(), saved.title(),
				blank(form.getDescription()) ? note.body() : form.getDescription().strip(), form.getOwnerOrganisationId(),
				level.name(), form.getMunicipalityId(), obstacle, obstacle == null ? null : form.getObstacleKind(),
				obstacle == null ? null : form.getObstacleRemover(), user));
		return saved;
	}

	/** The rules the initiatives module holds for a new initiative and obstacle, checked before publishing. */
	private void check(TakeUpForm form) {
		if (blank(form.getTitle())) {
			throw new InvalidInputException("title", "dialogue.validation.title");
		}
		if (organisations.find(form.getOwnerOrganisationId()).isEmpty()) {
			throw new InvalidInputException("ownerOrganisationId", "initiatives.initiative.owner.unknown");
		}
		if (form.getMunicipalityId() == null) {
			throw new InvalidInputException("municipalityId", "initiatives.initiative.municipalities.required");
		}
		if (organisations.municipalities().stream().map(OrganisationRef::id).noneMatch(form.getMunicipalityId()::equals)) {
			throw new InvalidInputException("municipalityId", "initiatives.initiative.municipalities.unknown");
		}
		if (!blank(form.getObstacleTitle())) {
			if (!OBSTACLE_KINDS.contains(form.getObstacleKind())) {
				throw new InvalidInputException("obstacleKind", "initiatives.obstacle.kind.required");
			}
			if (!REMOVERS.contains(form.getObstacleRemover())) {
				throw new InvalidInputException("obstacleRemover", "initiatives.obstacle.remover.required");
			}
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
