package se.regionrum.initiatives.obstacle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.initiatives.initiative.InitiativeService;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.Permissions;

/**
 * Obstacles belong to their initiative: whoever may change the initiative may change its
 * obstacles; whoever may see it sees them.
 */
@Service
public class ObstacleService {

	static final String AUDIT_TYPE = "obstacle";

	private final ObstacleRepository repository;

	private final InitiativeService initiatives;

	private final Permissions permissions;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	ObstacleService(ObstacleRepository repository, InitiativeService initiatives, Permissions permissions,
			AuditLog audit, JdbcClient jdbc) {
		this.repository = repository;
		this.initiatives = initiatives;
		this.permissions = permissions;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	public List<Obstacle> ofInitiative(long initiativeId) {
		initiatives.get(initiativeId);
		return repository.findByInitiativeIdOrderByIdentifiedOnAscIdAsc(initiativeId);
	}

	public Obstacle get(long id) {
		Obstacle obstacle = repository.findById(id).orElseThrow(() -> new NotFoundException("Obstacle", id));
		initiatives.get(obstacle.initiativeId());
		return obstacle;
	}

	/**
	 * Obstacles not yet removed, grouped by who can remove them, in one query; anonymous visitors
	 * see those of published initiatives only. Optionally for one municipality.
	 */
	public Map<ObstacleRemover, List<OpenObstacle>> openByRemover(Long municipalityId) {
		Map<ObstacleRemover, List<OpenObstacle>> grouped = new EnumMap<>(ObstacleRemover.class);
		for (ObstacleRemover remover : ObstacleRemover.values()) {
			grouped.put(remover, new ArrayList<>());
		}
		Map<String, Object> params = new LinkedHashMap<>();
		String sql = """
				select o.id, o.initiative_id, i.title initiative_title, o.kind, o.title, o.remover, o.status,
				       o.identified_on, o.handling_started_on
				from obstacle o join initiative i on i.id = o.initiative_id
				where o.status <> 'REMOVED'""";
		if (!permissions.isSignedIn()) {
			sql += " and i.published = true";
		}
		if (municipalityId != null) {
			sql += " and i.id in (select m.initiative from initiative_municipality m where m.organisation_id = :m)";
			params.put("m", municipalityId);
		}
		jdbc.sql(sql + " order by o.remover, o.identified_on, o.id").params(params).query(rs -> {
			OpenObstacle row = new OpenObstacle(rs.getLong(1), rs.getLong(2), rs.getString(3),
					ObstacleKind.valueOf(rs.getString(4)), rs.getString(5), ObstacleRemover.valueOf(rs.getString(6)),
					ObstacleStatus.valueOf(rs.getString(7)), rs.getObject(8, LocalDate.class),
					rs.getObject(9, LocalDate.class));
			grouped.get(row.remover()).add(row);
		});
		return grouped;
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

	@Transactional
	public Obstacle create(long initiativeId, ObstacleForm form) {
		initiatives.get(initiativeId);
		initiatives.requireEditorOfInitiative(initiativeId);
		InvalidInputException.throwFirst(problems(form));
		Instant now = Instant.now();
		Obstacle saved = repository.save(toEntity(null, null, initiativeId, form, now, now));
		audit.created(AUDIT_TYPE, saved.id(), saved.auditValues());
		return saved;
	}

	@Transactional
	public Obstacle update(long id, ObstacleForm form) {
		Obstacle before = get(id);
		initiatives.requireEditorOfInitiative(before.initiativeId());
		InvalidInputException.throwFirst(problems(form));
		Obstacle saved = repository.save(toEntity(id, before.version(), before.initiativeId(), form,
				before.createdAt(), Instant.now()));
		audit.updated(AUDIT_TYPE, id, before.auditValues(), saved.auditValues());
		return saved;
	}

	@Transactional
	public void delete(long id) {
		Obstacle before = get(id);
		initiatives.requireEditorOfInitiative(before.initiativeId());
		repository.deleteById(id);
		audit.deleted(AUDIT_TYPE, id, before.auditValues());
	}

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
	static Obstacle toEntity(Long id, Long version, long initiativeId, ObstacleForm form, Instant created,
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
