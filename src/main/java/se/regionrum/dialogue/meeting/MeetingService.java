package se.regionrum.dialogue.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.dialogue.MeetingChanged;
import se.regionrum.dialogue.MeetingRef;
import se.regionrum.dialogue.series.Series;
import se.regionrum.dialogue.series.SeriesService;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.Permissions;

/**
 * Meetings and their agenda. Anonymous visitors see published meetings whose publication time
 * has come; administrators and editors of the organiser (or of an organiser of the series)
 * change them.
 */
@Service
public class MeetingService {

	static final String AUDIT_TYPE = "meeting";

	private final MeetingQueries queries;

	private final Permissions permissions;

	private final AuditLog audit;

	private final SeriesService series;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final AgendaQueries agendaQueries;

	private final MeetingRepository repository;

	MeetingService(MeetingQueries queries, MeetingRepository repository, Permissions permissions, AuditLog audit,
			SeriesService series, org.springframework.context.ApplicationEventPublisher events,
			AgendaQueries agendaQueries) {
		this.agendaQueries = agendaQueries;
		this.events = events;
		this.queries = queries;
		this.repository = repository;
		this.permissions = permissions;
		this.audit = audit;
		this.series = series;
	}

	/** Meetings the current user may see, from the given date on (or all when null), by date. */
	public List<Meeting> list(LocalDate from, LocalDate to, Long seriesId) {
		Instant now = Instant.now();
		return queries.list(from, to, seriesId).stream()
			.filter(m -> permissions.isSignedIn() || m.isPublic(now))
			.toList();
	}

	/** The meeting if the current user may see it. */
	public Meeting get(long id) {
		Meeting meeting = find(id).orElseThrow(() -> new NotFoundException("Meeting", id));
		if (!permissions.isSignedIn() && !meeting.isPublic(Instant.now())) {
			throw new NotFoundException("Meeting", id);
		}
		return meeting;
	}

	/** Without the visibility check. */
	public Optional<Meeting> find(long id) {
		return repository.findById(id).map(MeetingRepository.Meeting::toMeeting);
	}

	public Optional<MeetingRef> ref(long id) {
		return find(id).map(m -> new MeetingRef(m.id(), m.title(), m.date()));
	}

	/** The agenda in the organiser's order, without the visibility check (callers have the meeting). */
	public List<AgendaItem> agenda(long meetingId) {
		return agendaQueries.ofMeeting(meetingId);
	}

	public boolean canEdit(Meeting meeting) {
		if (!permissions.isSignedIn()) {
			return false;
		}
		if (permissions.isAdmin()) {
			return true;
		}
		if (meeting.organiserId() != null && permissions.canEdit(meeting.organiserId())) {
			return true;
		}
		return meeting.seriesId() != null && series.canEdit(meeting.seriesId());
	}

	public Meeting requireEditable(long id) {
		Meeting meeting = find(id).orElseThrow(() -> new NotFoundException("Meeting", id));
		requireEditor(meeting.organiserId(), meeting.seriesId());
		return meeting;
	}

	private void requireEditor(Long organiserId, Long seriesId) {
		if (permissions.isAdmin()) {
			return;
		}
		if (seriesId != null && series.canEdit(seriesId)) {
			return;
		}
		if (organiserId != null) {
			permissions.requireEditorOf(organiserId);
			return;
		}
		permissions.requireAdmin();
	}

	/**
	 * Who may give a meeting its series and organiser. A series is its organisers' programme: a
	 * meeting put in it shows on their series page and feed, and registering for the series covers
	 * it, so only they (and administrators) put meetings in it. The organiser is checked as
	 * before: its editors, or the organisers of the meeting's series. A series the meeting already
	 * has is not checked again, so the organiser's editors still change a meeting an administrator
	 * put in another organisation's series.
	 */
	private void requireMayPlace(Meeting before, MeetingForm form) {
		if (permissions.isAdmin()) {
			return;
		}
		Long seriesId = form.getSeriesId();
		boolean newSeries = seriesId != null && (before == null || !seriesId.equals(before.seriesId()));
		if (newSeries && !series.canEdit(seriesId)) {
			throw new InvalidInputException("seriesId", "dialogue.validation.seriesNotOrganised");
		}
		requireEditor(form.getOrganiserId(), seriesId);
	}

	@Transactional
	public Meeting create(MeetingForm form) {
		permissions.requireSignedIn();
		check(form);
		requireMayPlace(null, form);
		// read back, so that the meeting is what the database keeps (times to its precision)
		long id = repository.save(MeetingRepository.Meeting.of(null, form, Instant.now())).id();
		Meeting saved = find(id).orElseThrow();
		audit.created(AUDIT_TYPE, saved.id(), auditValues(saved));
		return saved;
	}

	@Transactional
	public Meeting update(long id, MeetingForm form) {
		Meeting before = requireEditable(id);
		check(form);
		requireMayPlace(before, form);
		// created_at is insert-only, so the row keeps its creation time
		repository.save(MeetingRepository.Meeting.of(id, form, Instant.now()));
		Meeting after = find(id).orElseThrow();
		audit.updated(AUDIT_TYPE, id, auditValues(before), auditValues(after));
		if (!java.util.Objects.equals(before.date(), after.date())
				|| !java.util.Objects.equals(before.startTime(), after.startTime())
				|| !java.util.Objects.equals(before.endTime(), after.endTime())
				|| !java.util.Objects.equals(before.place(), after.place())
				|| !java.util.Objects.equals(before.onlineUrl(), after.onlineUrl())) {
			String where = after.place() != null ? after.place() : after.onlineUrl() == null ? "" : after.onlineUrl();
			events.publishEvent(new MeetingChanged(id, after.title(),
					after.date() + " " + after.startTime() + "–" + after.endTime() + (where.isEmpty() ? "" : ", " + where)));
		}
		return after;
	}

	@Transactional
	public void delete(long id) {
		Meeting before = requireEditable(id);
		repository.deleteById(id);
		audit.deleted(AUDIT_TYPE, id, auditValues(before));
	}

	private void check(MeetingForm form) {
		if (form.getStartTime() != null && form.getEndTime() != null && !form.getEndTime().isAfter(form.getStartTime())) {
			throw new InvalidInputException("endTime", "dialogue.validation.endAfterStart");
		}
		if (form.getOnlineUrl() != null && !form.getOnlineUrl().isBlank()
				&& !form.getOnlineUrl().strip().matches("(?i)https?://\\S+")) {
			throw new InvalidInputException("onlineUrl", "dialogue.validation.url");
		}
		if (form.getSeriesId() != null && series.find(form.getSeriesId()).isEmpty()) {
			throw new InvalidInputException("seriesId", "dialogue.validation.series");
		}
	}

	/** Rule problems to show next to the fields, before saving. */
	public List<InvalidInputException> problems(MeetingForm form) {
		try {
			check(form);
			return List.of();
		}
		catch (InvalidInputException ex) {
			return List.of(ex);
		}
	}

	public Optional<Series> seriesOf(Meeting meeting) {
		return meeting.seriesId() == null ? Optional.empty() : series.find(meeting.seriesId());
	}

	private static Map<String, Object> auditValues(Meeting m) {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("seriesId", m.seriesId());
		v.put("organiserId", m.organiserId());
		v.put("kind", m.kind());
		v.put("title", m.title());
		v.put("date", m.date());
		v.put("startTime", m.startTime());
		v.put("endTime", m.endTime());
		v.put("coffeeTime", m.coffeeTime());
		v.put("place", m.place());
		v.put("onlineUrl", m.onlineUrl());
		v.put("theme", m.theme());
		v.put("description", m.description());
		v.put("documents", m.documents());
		v.put("published", m.published());
		v.put("publishAt", m.publishAt());
		v.put("registrationDeadline", m.registrationDeadline());
		v.put("capacity", m.capacity());
		v.put("perOrganisationLimit", m.perOrganisationLimit());
		v.put("waitingList", m.waitingList());
		return v;
	}

}
