package se.regionrum.dialogue.series;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	private final SeriesQueries queries;

	private final SeriesRepository repository;

	private final Permissions permissions;

	private final AuditLog audit;

	SeriesService(SeriesQueries queries, SeriesRepository repository, Permissions permissions, AuditLog audit) {
		this.queries = queries;
		this.repository = repository;
		this.permissions = permissions;
		this.audit = audit;
	}

	public List<Series> list() {
		Instant now = Instant.now();
		return queries.all().stream().filter(s -> permissions.isSignedIn() || s.isPublic(now)).toList();
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
		return repository.findById(id).map(s -> s.toSeries(queries.organiserIds(id)));
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
		long id = repository.save(SeriesRepository.MeetingSeries.of(null, form, Instant.now())).id();
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
		// created_at is insert-only, so the row keeps its creation time
		repository.save(SeriesRepository.MeetingSeries.of(id, form, Instant.now()));
		saveOrganisers(id, form.getOrganiserIds());
		Series after = find(id).orElseThrow();
		audit.updated(AUDIT_TYPE, id, auditValues(before), auditValues(after));
		return after;
	}

	@Transactional
	public void delete(long id) {
		Series before = find(id).orElseThrow(() -> new NotFoundException("Series", id));
		requireEditorOf(before.organiserIds());
		repository.deleteById(id);
		audit.deleted(AUDIT_TYPE, id, auditValues(before));
	}

	private void saveOrganisers(long id, List<Long> organiserIds) {
		repository.deleteOrganisers(id);
		for (Long organisation : organiserIds.stream().distinct().toList()) {
			repository.insertOrganiser(id, organisation);
		}
	}

	private void check(SeriesForm form) {
		if (form.getTitle() == null || form.getTitle().isBlank()) {
			throw new InvalidInputException("title", "dialogue.validation.title");
		}
		if (form.getKind() == null) {
			throw new InvalidInputException("kind", "dialogue.validation.kind");
		}
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
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
