package se.regionrum.strategy.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.Permissions;
import se.regionrum.platform.Text;

/** The list of plan types: anyone reads it, administrators keep it. */
@Service
public class PlanTypeService {

	static final String AUDIT_TYPE = "plan_type";

	private final PlanTypeRepository repository;

	private final Permissions permissions;

	private final AuditLog audit;

	private final PlanRepository plans;

	private final PlanQueries queries;

	PlanTypeService(PlanTypeRepository repository, Permissions permissions, AuditLog audit, PlanRepository plans,
			PlanQueries queries) {
		this.repository = repository;
		this.permissions = permissions;
		this.audit = audit;
		this.plans = plans;
		this.queries = queries;
	}

	/** All types in their display order, inactive ones included. */
	public List<PlanType> all() {
		return repository.findAllByOrderByPositionAscNameAsc();
	}

	/** The types the matrix shows and new plans may have. */
	public List<PlanType> active() {
		return all().stream().filter(PlanType::active).toList();
	}

	public PlanType get(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("Plan type", id));
	}

	public Optional<PlanType> findByCode(String code) {
		return repository.findByCode(code);
	}

	public boolean canEdit() {
		return permissions.isAdmin();
	}

	/** How many plans each type has, for the type list. */
	public Map<Long, Long> planCounts() {
		return queries.planCountsByType();
	}

	@Transactional
	public PlanType create(PlanTypeForm form) {
		permissions.requireAdmin();
		InvalidInputException.throwFirst(problems(form, null));
		Instant now = Instant.now();
		int position = form.getPosition() != null ? form.getPosition()
				: all().stream().mapToInt(PlanType::position).max().orElse(0) + 1;
		PlanType saved = repository.save(new PlanType(null, null, form.getCode().trim(), form.getName().trim(),
				Text.blank(form.getNameEn()), Text.blank(form.getPluralName()), Text.blank(form.getPluralNameEn()),
				form.getValidityYears(), position, Text.blank(form.getDescription()),
				form.isActive(), now, now));
		audit.created(AUDIT_TYPE, saved.id(), saved.auditValues());
		return saved;
	}

	@Transactional
	public PlanType update(long id, PlanTypeForm form, Long expectedVersion) {
		permissions.requireAdmin();
		PlanType before = get(id);
		InvalidInputException.throwFirst(problems(form, id));
		PlanType saved = repository.save(new PlanType(id, expectedVersion != null ? expectedVersion : before.version(),
				form.getCode().trim(), form.getName().trim(), Text.blank(form.getNameEn()), Text.blank(form.getPluralName()),
				Text.blank(form.getPluralNameEn()), form.getValidityYears(),
				form.getPosition() != null ? form.getPosition() : before.position(), Text.blank(form.getDescription()),
				form.isActive(), before.createdAt(), Instant.now()));
		audit.updated(AUDIT_TYPE, id, before.auditValues(), saved.auditValues());
		return saved;
	}

	/** Deletes a type no plan has; a type in use is made inactive instead, so its plans keep their kind. */
	@Transactional
	public void delete(long id) {
		permissions.requireAdmin();
		PlanType before = get(id);
		if (plans.countByPlanTypeId(id) > 0) {
			throw new InvalidInputException("id", "strategy.planType.delete.inUse");
		}
		repository.deleteById(id);
		audit.deleted(AUDIT_TYPE, id, before.auditValues());
	}

	public List<InvalidInputException> problems(PlanTypeForm form, Long id) {
		List<InvalidInputException> problems = new ArrayList<>();
		if (form.getCode() != null && !form.getCode().isBlank()) {
			repository.findByCode(form.getCode().trim()).filter(other -> !other.id().equals(id))
				.ifPresent(other -> problems.add(new InvalidInputException("code", "strategy.planType.code.taken")));
		}
		if (form.getName() != null && !form.getName().isBlank()) {
			repository.findByNameIgnoreCase(form.getName().trim()).filter(other -> !other.id().equals(id))
				.ifPresent(other -> problems.add(new InvalidInputException("name", "strategy.planType.name.taken")));
		}
		return problems;
	}

}
