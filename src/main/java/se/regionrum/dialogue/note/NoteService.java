package se.regionrum.dialogue.note;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.initiatives.InitiativeDraft;
import se.regionrum.initiatives.InitiativeOrigin;
import se.regionrum.initiatives.InitiativeRef;
import se.regionrum.initiatives.Initiatives;
import se.regionrum.initiatives.ObstacleDraft;
import se.regionrum.initiatives.Obstacles;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.Permissions;

/**
 * Notes from dialogues and interviews, read by signed-in users, written by the meeting's
 * editors; from a note, one action creates a development initiative (and optionally an obstacle)
 * in the initiatives module with the note as its origin.
 */
@Service
public class NoteService {

	public static final String ORIGIN_KIND = "MEETING_NOTE";

	/** The initiatives module's field names (initiative form, obstacle) as fields of {@link TakeUpForm}. */
	private static final Map<String, String> TAKE_UP_FIELDS = Map.of("title", "title", "description", "description",
			"ownerOrganisationId", "ownerOrganisationId", "municipalityIds", "municipalityId", "level", "level",
			"kind", "obstacleKind", "remover", "obstacleRemover");

	private final JdbcClient jdbc;

	private final MeetingService meetings;

	private final Initiatives initiatives;

	private final Obstacles obstacles;

	private final Permissions permissions;

	private final AuditLog audit;

	NoteService(JdbcClient jdbc, MeetingService meetings, Initiatives initiatives, Obstacles obstacles,
			Permissions permissions, AuditLog audit) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.initiatives = initiatives;
		this.obstacles = obstacles;
		this.permissions = permissions;
		this.audit = audit;
	}

	public List<MeetingNote> ofMeeting(long meetingId) {
		permissions.requireSignedIn();
		meetings.get(meetingId);
		return jdbc.sql("select id, meeting_id, body, created_by, created_at from meeting_note where meeting_id = ? order by id")
			.param(meetingId)
			.query((rs, n) -> new MeetingNote(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class)))
			.list();
	}

	public MeetingNote get(long noteId) {
		permissions.requireSignedIn();
		return jdbc.sql("select id, meeting_id, body, created_by, created_at from meeting_note where id = ?")
			.param(noteId)
			.query((rs, n) -> new MeetingNote(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Note", noteId));
	}

	@Transactional
	public MeetingNote add(long meetingId, String body) {
		meetings.requireEditable(meetingId);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into meeting_note (meeting_id, body, created_by, created_at) values (?, ?, ?, ?)")
			.params(meetingId, body.strip(), permissions.actorName(), OffsetDateTime.now(ZoneOffset.UTC))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.created("meeting-note", id, Map.of("meetingId", meetingId, "body", body.strip()));
		return get(id);
	}

	/** Initiatives taken up from a note. */
	public List<InitiativeRef> initiativesOf(long noteId) {
		return initiatives.fromOrigin(ORIGIN_KIND, noteId);
	}

	public record ObstacleLink(long obstacleId, long initiativeId, String title) {
	}

	public List<ObstacleLink> obstaclesOf(long noteId) {
		return jdbc.sql("select obstacle_id, initiative_id, title from meeting_note_obstacle where note_id = ? order by obstacle_id")
			.param(noteId)
			.query((rs, n) -> new ObstacleLink(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list();
	}

	/**
	 * The one action: an initiative from the note, and an obstacle to it if one is named. A rule the
	 * initiatives module finds broken is reported on the field of this form it concerns (on the form
	 * as a whole if none does), and nothing is saved.
	 */
	@Transactional
	public InitiativeRef takeUp(long noteId, TakeUpForm form) {
		MeetingNote note = get(noteId);
		Meeting meeting = meetings.requireEditable(note.meetingId());
		String label = meeting.title() + " " + meeting.date();
		Set<Long> municipalities = form.getMunicipalityId() == null ? Set.of() : Set.of(form.getMunicipalityId());
		try {
			InitiativeRef initiative = initiatives.create(new InitiativeDraft(form.getTitle().strip(),
					form.getDescription() == null || form.getDescription().isBlank() ? note.body()
							: form.getDescription().strip(),
					form.getOwnerOrganisationId(), form.getLevel(), municipalities, Set.of(),
					new InitiativeOrigin(ORIGIN_KIND, noteId, label)));
			if (form.getObstacleTitle() != null && !form.getObstacleTitle().isBlank()) {
				long obstacleId = obstacles.addObstacle(initiative.id(), new ObstacleDraft(form.getObstacleTitle().strip(),
						null, form.getObstacleKind(), form.getObstacleRemover()));
				jdbc.sql("insert into meeting_note_obstacle (note_id, obstacle_id, initiative_id, title) values (?, ?, ?, ?)")
					.params(noteId, obstacleId, initiative.id(), form.getObstacleTitle().strip())
					.update();
			}
			return initiative;
		}
		catch (InvalidInputException ex) {
			throw new InvalidInputException(ex.field() == null ? null : TAKE_UP_FIELDS.get(ex.field()), ex.messageKey());
		}
	}

}
