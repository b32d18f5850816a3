package se.regionrum.initiatives.initiative;

import static se.regionrum.platform.Text.blank;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.actors.OrganisationKind;
import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.initiatives.InitiativeCreated;
import se.regionrum.initiatives.InitiativeRef;
import se.regionrum.initiatives.InitiativeStatus;
import se.regionrum.initiatives.Initiatives;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.PageResult;
import se.regionrum.platform.Permissions;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.Goals;

/**
 * Use cases on initiatives. Anonymous visitors see published initiatives only; signed-in users
 * see all. Administrators change every initiative, editors those their organisation owns.
 */
@Service
public class InitiativeService {

	static final String AUDIT_TYPE = "initiative";

	private final InitiativeRepository repository;

	private final InitiativeQueries queries;

	private final Permissions permissions;

	private final AuditLog audit;

	private final Organisations organisations;

	private final Goals goals;

	private final ApplicationEventPublisher events;

	InitiativeService(InitiativeRepository repository, InitiativeQueries queries, Permissions permissions,
			AuditLog audit, Organisations organisations, Goals goals, ApplicationEventPublisher events) {
		this.repository = repository;
		this.queries = queries;
		this.permissions = permissions;
		this.audit = audit;
		this.organisations = organisations;
		this.goals = goals;
		this.events = events;
	}

	/** The filter as the current user may see it, with a goal expanded to the goals and priorities below it. */
	public InitiativeQueries.Criteria criteria(InitiativeFilter filter) {
		return new InitiativeQueries.Criteria(filter, filter.goal() == null ? List.of() : goalAndBelow(filter.goal()),
				!permissions.isSignedIn());
	}

	public PageResult<InitiativeSummary> list(InitiativeFilter filter, int page, int size) {
		return queries.find(criteria(filter), Math.max(page, 0), size);
	}

	/** The goal and every goal and priority below it in its strategy. */
	public Set<Long> goalAndBelow(long goalId) {
		Set<Long> ids = new LinkedHashSet<>();
		ids.add(goalId);
		Optional<GoalRef> goal = goals.find(goalId);
		if (goal.isEmpty()) {
			return ids;
		}
		List<GoalRef> all = goals.ofStrategy(goal.get().strategyId());
		boolean added = true;
		while (added) {
			added = false;
			for (GoalRef g : all) {
				if (g.parentId() != null && ids.contains(g.parentId()) && ids.add(g.id())) {
					added = true;
				}
			}
		}
		return ids;
	}

	/** The initiative, if the current user may see it. */
	public Initiative get(long id) {
		Initiative initiative = repository.findById(id).orElseThrow(() -> new NotFoundException("Initiative", id));
		if (!initiative.published() && !permissions.isSignedIn()) {
			throw new NotFoundException("Initiative", id);
		}
		return initiative;
	}

	/** Throws unless the current user may create initiatives at all: administrators and editors. */
	public void requireMayCreate() {
		CurrentUser user = permissions.requireSignedIn();
		if (!user.isAdmin() && !(user.role() == se.regionrum.platform.Role.EDITOR && user.organisationId() != null)) {
			throw new org.springframework.security.access.AccessDeniedException("Readers create no initiatives");
		}
	}

	/** The organisation a new initiative belongs to by default: an editor's own. */
	public Optional<Long> defaultOwner() {
		return permissions.current().map(CurrentUser::organisationId);
	}

	public boolean canEdit(Initiative initiative) {
		return permissions.canEdit(initiative.ownerOrganisationId());
	}

	public List<StatusChange> history(long id) {
		get(id);
		return queries.history(id);
	}

	@Transactional
	public Initiative create(InitiativeForm form) {
		return create(form, LocalDate.now());
	}

	/** Creates an initiative whose first status was set on the given day (imports of earlier work, demo data). */
	@Transactional
	public Initiative create(InitiativeForm form, LocalDate statusSince) {
		CurrentUser user = permissions.requireEditorOf(form.getOwnerOrganisationId());
		InvalidInputException.throwFirst(problems(form, null));
		Instant now = Instant.now();
		InitiativeStatus status = form.getStatus() == null ? InitiativeStatus.IDEA : form.getStatus();
		Initiative saved = repository.save(toEntity(null, null, form, status, statusSince, now, now));
		queries.recordStatusChange(saved.id(), null, status, statusSince, user.username(), null);
		audit.created(AUDIT_TYPE, saved.id(), saved.auditValues());
		events.publishEvent(new InitiativeCreated(saved.id(), saved.title(), saved.ownerOrganisationId(), saved.origin()));
		return saved;
	}

	@Transactional
	public Initiative update(long id, InitiativeForm form, Long expectedVersion) {
		Initiative before = get(id);
		permissions.requireEditorOf(before.ownerOrganisationId());
		permissions.requireEditorOf(form.getOwnerOrganisationId());
		InvalidInputException.throwFirst(problems(form, id));
		if (form.getOriginKind() == null && before.originKind() != null) {
			form.setOriginKind(before.originKind());
			form.setOriginId(before.originId());
			form.setOriginLabel(before.originLabel());
		}
		Long version = expectedVersion != null ? expectedVersion : before.version();
		Initiative saved = repository.save(toEntity(id, version, form, before.status(), before.statusChangedOn(),
				before.createdAt(), Instant.now()));
		audit.updated(AUDIT_TYPE, id, before.auditValues(), saved.auditValues());
		return saved;
	}

	/** Moves the initiative to another status and records the step in its history. */
	@Transactional
	public Initiative changeStatus(long id, InitiativeStatus status, LocalDate on, String note) {
		Initiative before = get(id);
		CurrentUser user = permissions.requireEditorOf(before.ownerOrganisationId());
		if (status == null) {
			throw new InvalidInputException("status", "initiatives.initiative.status.required");
		}
		if (status == before.status()) {
			throw new InvalidInputException("status", "initiatives.status.unchanged");
		}
		LocalDate date = on == null ? LocalDate.now() : on;
		if (date.isBefore(before.statusChangedOn())) {
			throw new InvalidInputException("changedOn", "initiatives.status.beforePrevious");
		}
		if (note != null && note.length() > 1000) {
			throw new InvalidInputException("note", "validation.tooLong");
		}
		Initiative saved = repository.save(before.withStatus(status, date, Instant.now()));
		queries.recordStatusChange(id, before.status(), status, date, user.username(), blank(note));
		audit.updated(AUDIT_TYPE, id, Map.of("status", before.status()), Map.of("status", status));
		return saved;
	}

	@Transactional
	public void delete(long id) {
		Initiative before = get(id);
		permissions.requireEditorOf(before.ownerOrganisationId());
		repository.deleteById(id);
		audit.deleted(AUDIT_TYPE, id, before.auditValues());
	}

	/** Throws unless the current user may change the initiative and its obstacles and funding. */
	public long requireEditorOfInitiative(long initiativeId) {
		long owner = queries.ownerOf(initiativeId).orElseThrow(() -> new NotFoundException("Initiative", initiativeId));
		permissions.requireEditorOf(owner);
		return owner;
	}

	// reads the module API offers other modules (see InitiativesAdapter)

	/** The initiative as a reference, if it exists and the current user may see it. */
	public Optional<InitiativeRef> findRef(long id) {
		return repository.findById(id).filter(i -> i.published() || permissions.isSignedIn()).map(Initiative::ref);
	}

	public List<InitiativeRef> fromOrigin(String originKind, long originId) {
		return queries.fromOrigin(originKind, originId, !permissions.isSignedIn());
	}

	public Map<Long, InitiativeRef> findRefs(Collection<Long> ids) {
		Map<Long, InitiativeRef> found = new java.util.LinkedHashMap<>();
		queries.refs(ids, !permissions.isSignedIn()).forEach(r -> found.put(r.id(), r));
		return found;
	}

	public List<InitiativeRef> choosable() {
		return queries.refs(null, !permissions.isSignedIn());
	}

	public List<se.regionrum.initiatives.InitiativePlace> places(InitiativeStatus status, Long goalId,
			Long municipalityId) {
		InitiativeFilter filter = new InitiativeFilter(null, municipalityId, null, status, goalId, null, null, null,
				null, null, "title", "asc");
		return queries.mapPlaces(queries.ids(criteria(filter)));
	}

	public Initiatives.OutcomeFigures figures(Collection<Long> ids) {
		return queries.outcomeFigures(ids);
	}

	// rules

	/** Every broken rule that needs more than one field or other records, for showing them all at once. */
	public List<InvalidInputException> problems(InitiativeForm form, Long id) {
		List<InvalidInputException> problems = new ArrayList<>();
		if (form.getOwnerOrganisationId() != null && organisations.find(form.getOwnerOrganisationId()).isEmpty()) {
			problems.add(new InvalidInputException("ownerOrganisationId", "initiatives.initiative.owner.unknown"));
		}
		Set<Long> municipalityIds = ids(form.getMunicipalityIds());
		if (!municipalityIds.isEmpty()) {
			Set<Long> known = organisations.municipalities().stream().map(OrganisationRef::id).collect(Collectors.toSet());
			if (!known.containsAll(municipalityIds)) {
				problems.add(new InvalidInputException("municipalityIds", "initiatives.initiative.municipalities.unknown"));
			}
		}
		Set<Long> partnerIds = ids(form.getPartnerIds());
		if (!partnerIds.isEmpty() && organisations.names(partnerIds).size() != partnerIds.size()) {
			problems.add(new InvalidInputException("partnerIds", "initiatives.initiative.partners.unknown"));
		}
		Set<Long> goalIds = ids(form.getGoalIds());
		if (!goalIds.isEmpty() && goals.findAll(goalIds).size() != goalIds.size()) {
			problems.add(new InvalidInputException("goalIds", "initiatives.initiative.goals.unknown"));
		}
		if (form.getPlaceKind() == PlaceKind.POINT && (form.getLatitude() == null || form.getLongitude() == null)) {
			problems.add(new InvalidInputException("latitude", "initiatives.initiative.point.required"));
		}
		if (form.getPlaceKind() == PlaceKind.AREA) {
			if (blank(form.getAreaGeojson()) == null) {
				problems.add(new InvalidInputException("areaGeojson", "initiatives.initiative.area.required"));
			}
			else if (area(form.getAreaGeojson()) == null) {
				problems.add(new InvalidInputException("areaGeojson", "initiatives.initiative.area.invalid"));
			}
		}
		if (form.getPlaceKind() == PlaceKind.MUNICIPALITIES && municipalityIds.isEmpty()) {
			problems.add(new InvalidInputException("municipalityIds", "initiatives.initiative.municipalities.required"));
		}
		if (form.getStartYear() != null && form.getEndYear() != null && form.getEndYear() < form.getStartYear()) {
			problems.add(new InvalidInputException("endYear", "initiatives.initiative.endYear.beforeStart"));
		}
		if ((form.getOriginKind() == null || form.getOriginKind().isBlank()) != (form.getOriginId() == null)) {
			problems.add(new InvalidInputException("originKind", "initiatives.initiative.origin.both"));
		}
		return problems;
	}

	/** A valid polygon or multipolygon read from GeoJSON, or {@code null}. */
	static Geometry area(String geojson) {
		try {
			Geometry geometry = new GeoJsonReader().read(geojson);
			if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon) || geometry.isEmpty()
					|| !geometry.isValid()) {
				return null;
			}
			return geometry;
		}
		catch (ParseException | RuntimeException ex) {
			return null;
		}
	}

	static Initiative toEntity(Long id, Long version, InitiativeForm form, InitiativeStatus status,
			LocalDate statusChangedOn, Instant created, Instant updated) {
		Double latitude = null;
		Double longitude = null;
		String areaJson = null;
		if (form.getPlaceKind() == PlaceKind.POINT) {
			latitude = form.getLatitude();
			longitude = form.getLongitude();
		}
		else if (form.getPlaceKind() == PlaceKind.AREA) {
			Geometry area = area(form.getAreaGeojson());
			Point centre = area.getInteriorPoint();
			latitude = centre.getY();
			longitude = centre.getX();
			GeoJsonWriter writer = new GeoJsonWriter();
			writer.setEncodeCRS(false);
			areaJson = writer.write(area);
		}
		return new Initiative(id, version, form.getTitle().trim(), blank(form.getDescription()),
				form.getOwnerOrganisationId(), form.getLevel(), status, statusChangedOn, form.getPlaceKind(), latitude,
				longitude, areaJson, form.isPracticeCase(), form.isPilotProject(), form.isPublished(),
				blank(form.getOriginKind()), form.getOriginId(), blank(form.getOriginLabel()), form.getStartYear(),
				form.getEndYear(), blank(form.getWebsite()), created, updated,
				ids(form.getMunicipalityIds()).stream().map(InitiativeMunicipality::new).collect(Collectors.toSet()),
				ids(form.getPartnerIds()).stream().map(InitiativePartner::new).collect(Collectors.toSet()),
				ids(form.getContactPersonIds()).stream().map(InitiativeContact::new).collect(Collectors.toSet()),
				form.getThemes().stream().filter(Objects::nonNull).map(InitiativeTheme::new).collect(Collectors.toSet()),
				ids(form.getGoalIds()).stream().map(InitiativeGoal::new).collect(Collectors.toSet()));
	}

	static Set<Long> ids(Collection<Long> ids) {
		Set<Long> set = new HashSet<>();
		if (ids != null) {
			ids.stream().filter(Objects::nonNull).forEach(set::add);
		}
		return set;
	}

}
