package se.regionrum.initiatives.obstacle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import se.regionrum.initiatives.initiative.InitiativePartService;
import se.regionrum.initiatives.initiative.InitiativeService;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.Permissions;

/**
 * Obstacles belong to their initiative: whoever may change the initiative may change its
 * obstacles; whoever may see it sees them.
 */
@Service
public class ObstacleService extends InitiativePartService<Obstacle, ObstacleForm> {

	static final String AUDIT_TYPE = "obstacle";

	private final ObstacleRepository repository;

	private final InitiativeService initiatives;

	private final Permissions permissions;

	private final ObstacleQueries queries;

	ObstacleService(ObstacleRepository repository, InitiativeService initiatives, Permissions permissions,
			AuditLog audit, ObstacleQueries queries) {
		super(AUDIT_TYPE, "Obstacle", repository, initiatives, audit);
		this.repository = repository;
		this.initiatives = initiatives;
		this.permissions = permissions;
		this.queries = queries;
	}

	@Override
	protected List<Obstacle> findOfInitiative(long initiativeId) {
		return repository.findByInitiativeIdOrderByIdentifiedOnAscIdAsc(initiativeId);
	}

	/**
	 * Obstacles not yet removed, grouped by who can remove them, in one query; anonymous visitors
	 * see those of published initiatives only. Optionally for one municipality.
	 */
	public Map<ObstacleRemover, List<OpenObstacle>> openByRemover(Long municipalityId) {
		return queries.openByRemover(municipalityId, !permissions.isSignedIn());
	}

	public boolean canEdit(long initiativeId) {
		try {
			initiatives.requireEditorOfInitiative(initiativeId);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	@Override
	public List<InvalidInputException> problems(ObstacleForm form) {
		List<InvalidInputException> problems = new ArrayList<>();
		LocalDate identified = form.getIdentifiedOn();
		if (identified != null && form.getHandlingStartedOn() != null && form.getHandlingStartedOn().isBefore(identified)) {
			problems.add(new InvalidInputException("handlingStartedOn", "initiatives.obstacle.dates.order"));
		}
		if (identified != null && form.getRemovedOn() != null && form.getRemovedOn().isBefore(identified)) {
			problems.add(new InvalidInputException("removedOn", "initiatives.obstacle.dates.order"));
		}
		if (form.getRemovedOn() != null && form.getStatus() != ObstacleStatus.REMOVED) {
			problems.add(new InvalidInputException("removedOn", "initiatives.obstacle.removedOn.onlyRemoved"));
		}
		return problems;
	}

	/** Dates left empty are set to today when the status says the step has happened. */
	@Override
	protected Obstacle toEntity(Long id, Long version, long initiativeId, ObstacleForm form, Instant created,
			Instant updated) {
		LocalDate today = LocalDate.now();
		LocalDate identified = form.getIdentifiedOn() == null ? today : form.getIdentifiedOn();
		LocalDate handling = form.getHandlingStartedOn();
		LocalDate removed = form.getRemovedOn();
		if (form.getStatus() != ObstacleStatus.OPEN && handling == null) {
			handling = removed != null ? removed : today;
		}
		if (form.getStatus() == ObstacleStatus.REMOVED && removed == null) {
			removed = today;
		}
		return new Obstacle(id, version, initiativeId, form.getKind(), form.getTitle().trim(),
				form.getDescription() == null || form.getDescription().isBlank() ? null : form.getDescription().trim(),
				form.getRemover(), form.getStatus(), identified, handling, removed, created, updated);
	}

}
