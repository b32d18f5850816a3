package se.regionrum.dialogue.series;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.Permissions;

/**
 * Meeting series. Anonymous visitors see published series only; administrators and editors of an
 * organiser organisation change them (a new series needs the editor's own organisation among its
 * organisers).
 */
@Service
public class SeriesService {

	static final String AUDIT_TYPE = "meeting-series";

	private final JdbcClient jdbc;

	private final Permissions permissions;

	private final AuditLog audit;

	SeriesService(JdbcClient jdbc, Permissions permissions, AuditLog audit) {
		this.jdbc = jdbc;
		this.permissions = permissions;
		this.audit = audit;
	}

	public List<Series> list() {
		List<Series> all = jdbc.sql("select * from meeting_series order by title").query(this::map).list();
		Instant now = Instant.now();
		return all.stream().filter(s -> permissions.isSignedIn() || s.isPublic(now)).map(this::withOrganisers).toList();
	}

	/** The series if the current user may see it. */
	public Series get(long id) {
		Series series = find(id).orElseThrow(() -> new NotFoundException("Series", id));
		if (!permissions.isSignedIn() && !series.isPublic(Instant.now())) {
			throw new NotFoundException("Series", id);
		}
		return series;
	}

	/** Without the visibility check, for the registration rules. */
	public java.util.Optional<Series> find(long id) {
		return jdbc.sql("select * from meeting_series where id = ?").param(id).query(this::map).optional()
			.map(this::withOrganisers);
	}

	public boolean canEdit(long id) {
		return find(id).map(this::canEdit).orElse(false);
	}

	/** Whether the current user is an administrator or an editor of one of the series' organisers. */
	public boolean canEdit(Series series) {
		return canEdit(series.organiserIds());
	}

	boolean canEdit(List<Long> organiserIds) {
		return permissions.isAdmin() || organiserIds.stream().anyMatch(permissions::canEdit);
	}

	public void requireEditor(long id) {
		Series series = find(id).orElseThrow(() -> new NotFoundException("Series", id));
		requireEditorOf(series.organiserIds());
	}

	private void requireEditorOf(List<Long> organiserIds) {
		if (permissions.isAdmin()) {
			return;
		}
		if (organiserIds.isEmpty()) {
			permissions.requireAdmin();
		}
		if (organiserIds.stream().noneMatch(permissions::canEdit)) {
			permissions.requireEditorOf(organiserIds.get(0));
		}
	}

	@Transactional
	public Series create(SeriesForm form) {
		permissions.requireSignedIn();
		requireEditorOf(form.getOrganiserIds());
		check(form);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		jdbc.sql("""
				insert into meeting_series (kind, title, description, purpose, target_group, published, publish_at,
				  registration_deadline, capacity, per_organisation_limit, series_registration_only, waiting_list,
				  created_at, updated_at)
				values (:kind, :title, :description, :purpose, :targetGroup, :published, :publishAt, :deadline,
				  :capacity, :limit, :seriesOnly, :waitingList, :now, :now)""")
			.params(params(form))
			.param("now", now)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		saveOrganisers(id, form.getOrganiserIds());
		Series saved = find(id).orElseThrow();
		audit.created(AUDIT_TYPE, id, auditValues(saved));
		return saved;
	}

	@Transactional
	public Series update(long id, SeriesForm form) {
		Series before = find(id).orElseThrow(() -> new NotFoundException("Series", id));
		requireEditorOf(before.organiserIds());
		if (!permissions.isAdmin()) {
			requireEditorOf(form.getOrganiserIds());
		}
		check(form);
		jdbc.sql("""
				update meeting_series set kind = :kind, title = :title, description = :description, purpose = :purpose,
				  target_group = :targetGroup, published = :published, publish_at = :publishAt,
				  registration_deadline = :deadline, capacity = :capacity, per_organisation_limit = :limit,
				  series_registration_only = :seriesOnly, waiting_list = :waitingList, updated_at = :now
				where id = :id""")
			.params(params(form))
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.param("id", id)
			.update();
		saveOrganisers(id, form.getOrganiserIds());
		Series after = find(id).orElseThrow();
		audit.updated(AUDIT_TYPE, id, auditValues(before), auditValues(after));
		return after;
	}

	@Transactional
	public void delete(long id) {
		Series before = find(id).orElseThrow(() -> new NotFoundException("Series", id));
		requireEditorOf(before.organiserIds());
		jdbc.sql("delete from meeting_series where id = ?").param(id).update();
		audit.deleted(AUDIT_TYPE, id, auditValues(before));
	}

	private void check(SeriesForm form) {
		if (form.getTitle() == null || form.getTitle().isBlank()) {
			throw new InvalidInputException("title", "dialogue.validation.title");
		}
		if (form.getKind() == null) {
			throw new InvalidInputException("kind", "dialogue.validation.kind");
		}
	}

	private void saveOrganisers(long id, List<Long> organiserIds) {
		jdbc.sql("delete from meeting_series_organiser where series_id = ?").param(id).update();
		for (Long organisation : organiserIds.stream().distinct().toList()) {
			jdbc.sql("insert into meeting_series_organiser (series_id, organisation_id) values (?, ?)")
				.params(id, organisation)
				.update();
		}
	}

	private Map<String, Object> params(SeriesForm form) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("kind", form.getKind().name());
		p.put("title", form.getTitle().strip());
		p.put("description", blankToNull(form.getDescription()));
		p.put("purpose", blankToNull(form.getPurpose()));
		p.put("targetGroup", blankToNull(form.getTargetGroup()));
		p.put("published", form.isPublished());
		p.put("publishAt", form.getPublishAt() == null ? null
				: form.getPublishAt().atZone(Meeting.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
		p.put("deadline", form.getRegistrationDeadline());
		p.put("capacity", form.getCapacity());
		p.put("limit", form.getPerOrganisationLimit());
		p.put("seriesOnly", form.isSeriesRegistrationOnly());
		p.put("waitingList", form.isWaitingList());
		return p;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private Series withOrganisers(Series s) {
		List<Long> organisers = jdbc
			.sql("select organisation_id from meeting_series_organiser where series_id = ? order by organisation_id")
			.param(s.id())
			.query(Long.class)
			.list();
		return new Series(s.id(), s.kind(), s.title(), s.description(), s.purpose(), s.targetGroup(), s.published(),
				s.publishAt(), s.registrationDeadline(), s.capacity(), s.perOrganisationLimit(),
				s.seriesRegistrationOnly(), s.waitingList(), organisers);
	}

	private Series map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime publishAt = rs.getObject("publish_at", OffsetDateTime.class);
		return new Series(rs.getLong("id"), SeriesKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getString("description"), rs.getString("purpose"), rs.getString("target_group"),
				rs.getBoolean("published"), publishAt == null ? null : publishAt.toInstant(),
				rs.getObject("registration_deadline", LocalDate.class), (Integer) rs.getObject("capacity", Integer.class),
				rs.getObject("per_organisation_limit", Integer.class), rs.getBoolean("series_registration_only"),
				rs.getBoolean("waiting_list"), List.of());
	}

	private static Map<String, Object> auditValues(Series s) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("kind", s.kind());
		values.put("title", s.title());
		values.put("description", s.description());
		values.put("purpose", s.purpose());
		values.put("targetGroup", s.targetGroup());
		values.put("published", s.published());
		values.put("publishAt", s.publishAt());
		values.put("registrationDeadline", s.registrationDeadline());
		values.put("capacity", s.capacity());
		values.put("perOrganisationLimit", s.perOrganisationLimit());
		values.put("seriesRegistrationOnly", s.seriesRegistrationOnly());
		values.put("waitingList", s.waitingList());
		values.put("organiserIds", s.organiserIds());
		return values;
	}

}
