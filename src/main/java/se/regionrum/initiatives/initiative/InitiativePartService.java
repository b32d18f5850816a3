package se.regionrum.initiatives.initiative;

import java.time.Instant;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;

/**
 * The use cases every kind of record that belongs to one initiative shares (obstacles, funding
 * lines): whoever may see the initiative sees its parts, whoever may change the initiative
 * changes them, and every change is audited.
 *
 * @param <T> the record
 * @param <F> the form that describes it
 */
public abstract class InitiativePartService<T extends InitiativePart, F> {

	private final String auditType;

	private final String name;

	private final ListCrudRepository<T, Long> repository;

	private final InitiativeService initiatives;

	private final AuditLog audit;

	/**
	 * @param auditType the type the audit log records changes under
	 * @param name the record's name in a not-found message
	 */
	protected InitiativePartService(String auditType, String name, ListCrudRepository<T, Long> repository,
			InitiativeService initiatives, AuditLog audit) {
		this.auditType = auditType;
		this.name = name;
		this.repository = repository;
		this.initiatives = initiatives;
		this.audit = audit;
	}

	/** The parts of one initiative, in the order its pages list them. */
	protected abstract List<T> findOfInitiative(long initiativeId);

	/** The record the form describes; {@code id} and {@code version} are null for a new one. */
	protected abstract T toEntity(Long id, Long version, long initiativeId, F form, Instant created, Instant updated);

	/** Every rule the form breaks beyond its fields' own, for showing them all at once. */
	public abstract List<InvalidInputException> problems(F form);

	public List<T> ofInitiative(long initiativeId) {
		initiatives.get(initiativeId);
		return findOfInitiative(initiativeId);
	}

	public T get(long id) {
		T part = repository.findById(id).orElseThrow(() -> new NotFoundException(name, id));
		initiatives.get(part.initiativeId());
		return part;
	}

	@Transactional
	public T create(long initiativeId, F form) {
		initiatives.get(initiativeId);
		initiatives.requireEditorOfInitiative(initiativeId);
		InvalidInputException.throwFirst(problems(form));
		Instant now = Instant.now();
		T saved = repository.save(toEntity(null, null, initiativeId, form, now, now));
		audit.created(auditType, saved.id(), saved.auditValues());
		return saved;
	}

	@Transactional
	public T update(long id, F form) {
		T before = get(id);
		initiatives.requireEditorOfInitiative(before.initiativeId());
		InvalidInputException.throwFirst(problems(form));
		T saved = repository.save(toEntity(id, before.version(), before.initiativeId(), form, before.createdAt(),
				Instant.now()));
		audit.updated(auditType, id, before.auditValues(), saved.auditValues());
		return saved;
	}

	@Transactional
	public void delete(long id) {
		T before = get(id);
		initiatives.requireEditorOfInitiative(before.initiativeId());
		repository.deleteById(id);
		audit.deleted(auditType, id, before.auditValues());
	}

}
