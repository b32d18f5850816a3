package se.regionrum.dialogue.meeting;

import static se.regionrum.platform.Text.blank;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
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

	private final JdbcClient jdbc;

	private final Permissions permissions;

	private final AuditLog audit;

	private final SeriesService series;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final AgendaQueries agendaQueries;

	MeetingService(JdbcClient jdbc, Permissions permissions, AuditLog audit, SeriesService series,
			org.springframework.context.ApplicationEventPublisher events, AgendaQueries agendaQueries) {
		this.agendaQueries = agendaQueries;
		this.events = events;
		this.jdbc = jdbc;
		this.permissions = permissions;
		this.audit = audit;
		this.series = series;
	}

	/** Meetings the current user may see, from the given date on (or all when null), by date. */
	public List<Meeting> list(LocalDate from, LocalDate to, Long seriesId) {
		StringBuilder sql = new StringBuilder("select * from meeting where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (from != null) {
			sql.append(" and meeting_date >= :from");
			params.put("from", from);
		}
		if (to != null) {
			sql.append(" and meeting_date <= :to");
			params.put("to", to);
		}
		if (seriesId != null) {
			sql.append(" and series_id = :series");
			params.put("series", seriesId);
		}
		sql.append(" order by meeting_date, start_time, id");
		Instant now = Instant.now();
		return jdbc.sql(sql.toString()).params(params).query(MeetingService::map).list().stream()
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
		return jdbc.sql("select * from meeting where id = ?").param(id).query(MeetingService::map).optional();
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
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into meeting (series_id, organiser_id, kind, title, meeting_date, start_time, end_time, coffee_time,
				  place, online_url, theme, description, documents, published, publish_at, registration_deadline,
				  capacity, per_organisation_limit, waiting_list, created_at, updated_at)
				values (:series, :organiser, :kind, :title, :date, :start, :end, :coffee, :place, :online, :theme,
				  :description, :documents, :published, :publishAt, :deadline, :capacity, :limit, :waitingList, :now, :now)""")
			.params(params(form))
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update(keys, "id");
		Meeting saved = find(keys.getKey().longValue()).orElseThrow();
		audit.created(AUDIT_TYPE, saved.id(), auditValues(saved));
		return saved;
	}

	@Transactional
	public Meeting update(long id, MeetingForm form) {
		Meeting before = requireEditable(id);
		check(form);
		requireMayPlace(before, form);
		jdbc.sql("""
				update meeting set series_id = :series, organiser_id = :organiser, kind = :kind, title = :title,
				  meeting_date = :date, start_time = :start, end_time = :end, coffee_time = :coffee, place = :place,
				  online_url = :online, theme = :theme, description = :description, documents = :documents,
				  published = :published, publish_at = :publishAt, registration_deadline = :deadline,
				  capacity = :capacity, per_organisation_limit = :limit, waiting_list = :waitingList, updated_at = :now
				where id = :id""")
			.params(params(form))
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.param("id", id)
			.update();
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
		jdbc.sql("delete from meeting where id = ?").param(id).update();
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

	private Map<String, Object> params(MeetingForm f) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("series", f.getSeriesId());
		p.put("organiser", f.getOrganiserId());
		p.put("kind", f.getKind().name());
		p.put("title", f.getTitle().strip());
		p.put("date", f.getDate());
		p.put("start", f.getStartTime());
		p.put("end", f.getEndTime());
		p.put("coffee", f.getCoffeeTime());
		p.put("place", blank(f.getPlace()));
		p.put("online", blank(f.getOnlineUrl()));
		p.put("theme", blank(f.getTheme()));
		p.put("description", blank(f.getDescription()));
		p.put("documents", blank(f.getDocuments()));
		p.put("published", f.isPublished());
		p.put("publishAt", f.getPublishAt() == null ? null
				: f.getPublishAt().atZone(Meeting.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
		p.put("deadline", f.getRegistrationDeadline());
		p.put("capacity", f.getCapacity());
		p.put("limit", f.getPerOrganisationLimit());
		p.put("waitingList", f.isWaitingList());
		return p;
	}

	public Optional<Series> seriesOf(Meeting meeting) {
		return meeting.seriesId() == null ? Optional.empty() : series.find(meeting.seriesId());
	}

	static Meeting map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime publishAt = rs.getObject("publish_at", OffsetDateTime.class);
		long series = rs.getLong("series_id");
		Long seriesId = rs.wasNull() ? null : series;
		long organiser = rs.getLong("organiser_id");
		Long organiserId = rs.wasNull() ? null : organiser;
		return new Meeting(rs.getLong("id"), seriesId, organiserId, MeetingKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getObject("meeting_date", LocalDate.class),
				rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
				rs.getObject("coffee_time", LocalTime.class), rs.getString("place"), rs.getString("online_url"),
				rs.getString("theme"), rs.getString("description"), rs.getString("documents"),
				rs.getBoolean("published"), publishAt == null ? null : publishAt.toInstant(),
				rs.getObject("registration_deadline", LocalDate.class), rs.getObject("capacity", Integer.class),
				rs.getObject("per_organisation_limit", Integer.class), rs.getBoolean("waiting_list"));
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
