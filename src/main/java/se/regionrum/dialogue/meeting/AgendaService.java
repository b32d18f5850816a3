package se.regionrum.dialogue.meeting;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;

/**
 * A meeting's agenda: items are added, changed, moved up and down and removed by those who may
 * change the meeting. The order is the organiser's (not re-sorted by time), and times are checked
 * against the meeting: an item starts no earlier than the coffee or the start, whichever is first,
 * and ends after it starts and no later than the meeting ends.
 */
@Service
public class AgendaService {

	static final String AUDIT_TYPE = "meeting-agenda-item";

	public enum Direction {
		UP, DOWN
	}

	private final AgendaQueries queries;

	private final MeetingService meetings;

	private final AuditLog audit;

	AgendaService(AgendaQueries queries, MeetingService meetings, AuditLog audit) {
		this.queries = queries;
		this.meetings = meetings;
		this.audit = audit;
	}

	/** Items of a meeting the current user may see, in order. */
	public List<AgendaItem> agenda(long meetingId) {
		meetings.get(meetingId);
		return queries.ofMeeting(meetingId);
	}

	/** One item, for the edit form; editors only. */
	public AgendaItem item(long meetingId, long itemId) {
		meetings.requireEditable(meetingId);
		return queries.find(meetingId, itemId).orElseThrow(() -> new NotFoundException("Agenda item", itemId));
	}

	/**
	 * Adds an item. With a start time it goes before the first item that starts later (so that an
	 * agenda built in any order reads by time); without, at the end.
	 */
	@Transactional
	public AgendaItem add(long meetingId, AgendaItemForm form) {
		Meeting meeting = meetings.requireEditable(meetingId);
		check(meeting, form);
		queries.lockMeeting(meetingId);
		List<AgendaItem> items = queries.ofMeeting(meetingId);
		int index = items.size();
		if (form.startTime() != null) {
			for (int i = 0; i < items.size(); i++) {
				LocalTime start = items.get(i).startTime();
				if (start != null && start.isAfter(form.startTime())) {
					index = i;
					break;
				}
			}
		}
		long id = queries.insert(meetingId, items.size() + 1, form);
		List<Long> order = new ArrayList<>(items.stream().map(AgendaItem::id).toList());
		order.add(index, id);
		queries.renumber(order);
		audit.created(AUDIT_TYPE, id, values(meetingId, form));
		return queries.find(meetingId, id).orElseThrow();
	}

	@Transactional
	public AgendaItem update(long meetingId, long itemId, AgendaItemForm form) {
		Meeting meeting = meetings.requireEditable(meetingId);
		AgendaItem before = queries.find(meetingId, itemId)
			.orElseThrow(() -> new NotFoundException("Agenda item", itemId));
		check(meeting, form);
		queries.update(itemId, form);
		audit.updated(AUDIT_TYPE, itemId, values(meetingId, AgendaItemForm.of(before)), values(meetingId, form));
		return queries.find(meetingId, itemId).orElseThrow();
	}

	/** Moves an item one step; at the top (or bottom) it stays where it is. */
	@Transactional
	public List<AgendaItem> move(long meetingId, long itemId, Direction direction) {
		meetings.requireEditable(meetingId);
		queries.lockMeeting(meetingId);
		List<Long> order = new ArrayList<>(queries.ofMeeting(meetingId).stream().map(AgendaItem::id).toList());
		int index = order.indexOf(itemId);
		if (index < 0) {
			throw new NotFoundException("Agenda item", itemId);
		}
		int other = direction == Direction.UP ? index - 1 : index + 1;
		if (other >= 0 && other < order.size()) {
			order.set(index, order.get(other));
			order.set(other, itemId);
			queries.renumber(order);
			audit.event(AUDIT_TYPE, itemId, AuditAction.UPDATE, "dialogue.agendaEdit.audit.moved");
		}
		return queries.ofMeeting(meetingId);
	}

	@Transactional
	public void remove(long meetingId, long itemId) {
		meetings.requireEditable(meetingId);
		if (queries.delete(meetingId, itemId) == 0) {
			throw new NotFoundException("Agenda item", itemId);
		}
		audit.deleted(AUDIT_TYPE, itemId, Map.of("meetingId", meetingId));
	}

	/** The rules a form may break, each naming its field; the first is thrown. */
	private static void check(Meeting meeting, AgendaItemForm form) {
		if (form.title() == null || form.title().isBlank()) {
			throw new InvalidInputException("title", "dialogue.validation.title");
		}
		LocalTime start = form.startTime();
		LocalTime end = form.endTime();
		if (end != null && start == null) {
			throw new InvalidInputException("startTime", "dialogue.agendaEdit.validation.startMissing");
		}
		if (start == null) {
			return;
		}
		LocalTime opens = meeting.coffeeTime() != null && meeting.coffeeTime().isBefore(meeting.startTime())
				? meeting.coffeeTime() : meeting.startTime();
		// an item may start at the very end (a closing "thank you"), but not outside the meeting's hours
		if (start.isBefore(opens) || start.isAfter(meeting.endTime())) {
			throw new InvalidInputException("startTime", "dialogue.agendaEdit.validation.startOutside");
		}
		if (end != null && !end.isAfter(start)) {
			throw new InvalidInputException("endTime", "dialogue.agendaEdit.validation.endAfterStart");
		}
		if (end != null && end.isAfter(meeting.endTime())) {
			throw new InvalidInputException("endTime", "dialogue.agendaEdit.validation.endOutside");
		}
	}

	/** Rule problems to show next to the fields, before saving. */
	public List<InvalidInputException> problems(long meetingId, AgendaItemForm form) {
		try {
			check(meetings.requireEditable(meetingId), form);
			return List.of();
		}
		catch (InvalidInputException ex) {
			return List.of(ex);
		}
	}

	private static Map<String, Object> values(long meetingId, AgendaItemForm form) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("meetingId", meetingId);
		values.put("startTime", form.startTime());
		values.put("endTime", form.endTime());
		values.put("title", form.title());
		values.put("speaker", form.speaker());
		values.put("speakerOrganisation", form.speakerOrganisation());
		return values;
	}

}
