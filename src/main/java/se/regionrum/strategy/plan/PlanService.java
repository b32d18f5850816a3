package se.regionrum.strategy.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.actors.OrganisationKind;
import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.PageResult;
import se.regionrum.platform.Permissions;
import se.regionrum.platform.Text;
import se.regionrum.strategy.plan.PlanViews.Matrix;
import se.regionrum.strategy.plan.PlanViews.PlanSummary;

/**
 * The municipalities' plans. Adopted plans are public documents, so anyone reads the register
 * and the matrix; a plan is changed by administrators and by editors of its municipality.
 */
@Service
public class PlanService {

	static final String AUDIT_TYPE = "plan";

	private final PlanRepository repository;

	private final PlanQueries queries;

	private final PlanTypeService types;

	private final Organisations organisations;

	private final Permissions permissions;

	private final AuditLog audit;

	private final Clock clock;

	PlanService(PlanRepository repository, PlanQueries queries, PlanTypeService types, Organisations organisations,
			Permissions permissions, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.queries = queries;
		this.types = types;
		this.organisations = organisations;
		this.permissions = permissions;
		this.audit = audit;
		this.clock = clock;
	}

	/** Today in the region. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public PageResult<PlanSummary> list(PlanFilter filter, Locale locale, int page, int size) {
		List<OrganisationRef> municipalities = organisations.municipalities();
		Map<Long, String> names = new HashMap<>();
		municipalities.forEach(m -> names.put(m.id(), m.name()));
		Map<Long, PlanType> byId = types.all().stream().collect(Collectors.toMap(PlanType::id, Function.identity()));
		PageResult<PlanSummary> result = queries.find(filter, today(), municipalities, names, byId, locale,
				Math.max(page, 0), size);
		if (result.items().stream().anyMatch(p -> !names.containsKey(p.organisationId()))) {
			// A plan of an organisation that is no longer a municipality: name it too.
			Map<Long, String> others = organisations.names(result.items().stream().map(PlanSummary::organisationId)
				.filter(id -> !names.containsKey(id)).distinct().toList());
			return result.map(p -> names.containsKey(p.organisationId()) ? p : new PlanSummary(p.id(), p.organisationId(),
					others.getOrDefault(p.organisationId(), ""), p.planTypeId(), p.planTypeName(), p.title(), p.adoptedOn(),
					p.validUntil(), p.currentUntil(), p.current(), p.documentUrl(), p.note()));
		}
		return result;
	}

	/**
	 * Municipalities × active plan types as of a day: current, outdated or missing, with counts
	 * per type. One query for the plans, one for the municipalities, one for the types.
	 *
	 * @param countyCode only the municipalities of this county; {@code null} or blank: all
	 */
	public Matrix matrix(LocalDate asOf, String countyCode) {
		String county = Text.blank(countyCode);
		List<OrganisationRef> municipalities = organisations.municipalities().stream()
			.filter(m -> county == null || county.equals(m.countyCode()))
			.toList();
		return queries.matrix(asOf == null ? today() : asOf, county, municipalities, types.active());
	}

	/** The counties the register's municipalities belong to, for the matrix filter. */
	public List<String> countyCodes() {
		return organisations.municipalities().stream().map(OrganisationRef::countyCode).filter(c -> c != null)
			.distinct().sorted().toList();
	}

	public List<OrganisationRef> municipalities() {
		return organisations.municipalities();
	}

	public Plan get(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("Plan", id));
	}

	public boolean canEdit(Plan plan) {
		return permissions.canEdit(plan.organisationId());
	}

	public void requireEditor(Plan plan) {
		permissions.requireEditorOf(plan.organisationId());
	}

	public String organisationName(Plan plan) {
		return organisations.find(plan.organisationId()).map(OrganisationRef::name).orElse("");
	}

	/** The municipalities whose plans the current user may register: all for administrators, their own for editors. */
	public List<OrganisationRef> editableMunicipalities() {
		CurrentUser user = permissions.current().orElse(null);
		if (user == null) {
			return List.of();
		}
		return organisations.municipalities().stream().filter(m -> user.canEdit(m.id())).toList();
	}

	/** Throws unless the current user may register plans for at least one municipality. */
	public void requirePlanEditor() {
		permissions.requireSignedIn();
		if (editableMunicipalities().isEmpty()) {
			throw new AccessDeniedException("No municipality to register plans for");
		}
	}

	@Transactional
	public Plan create(PlanForm form) {
		permissions.requireEditorOf(form.getOrganisationId());
		InvalidInputException.throwFirst(problems(form, null));
		Instant now = Instant.now();
		Plan saved = repository.save(toEntity(null, null, form, now, now));
		audit.created(AUDIT_TYPE, saved.id(), saved.auditValues());
		return saved;
	}

	@Transactional
	public Plan update(long id, PlanForm form, Long expectedVersion) {
		Plan before = get(id);
		permissions.requireEditorOf(before.organisationId());
		permissions.requireEditorOf(form.getOrganisationId());
		InvalidInputException.throwFirst(problems(form, before));
		Plan saved = repository.save(toEntity(id, expectedVersion != null ? expectedVersion : before.version(), form,
				before.createdAt(), Instant.now()));
		audit.updated(AUDIT_TYPE, id, before.auditValues(), saved.auditValues());
		return saved;
	}

	@Transactional
	public void delete(long id) {
		Plan before = get(id);
		permissions.requireEditorOf(before.organisationId());
		repository.deleteById(id);
		audit.deleted(AUDIT_TYPE, id, before.auditValues());
	}

	/** Every broken rule across fields or records, for showing them all at once. */
	public List<InvalidInputException> problems(PlanForm form, Plan existing) {
		List<InvalidInputException> problems = new ArrayList<>();
		if (form.getOrganisationId() != null) {
			OrganisationRef organisation = organisations.find(form.getOrganisationId()).orElse(null);
			if (organisation == null || organisation.kind() != OrganisationKind.MUNICIPALITY) {
				problems.add(new InvalidInputException("organisationId", "strategy.plan.organisation.notMunicipality"));
			}
		}
		if (form.getPlanTypeId() != null) {
			PlanType type = types.all().stream().filter(t -> t.id().equals(form.getPlanTypeId())).findFirst().orElse(null);
			boolean unchanged = existing != null && existing.planTypeId().equals(form.getPlanTypeId());
			if (type == null || (!type.active() && !unchanged)) {
				problems.add(new InvalidInputException("planTypeId", "strategy.plan.type.unknown"));
			}
		}
		if (form.getAdoptedOn() != null && form.getAdoptedOn().isAfter(today())) {
			problems.add(new InvalidInputException("adoptedOn", "strategy.plan.adoptedOn.future"));
		}
		if (form.getAdoptedOn() != null && form.getValidUntil() != null && form.getValidUntil().isBefore(form.getAdoptedOn())) {
			problems.add(new InvalidInputException("validUntil", "strategy.plan.validUntil.beforeAdoption"));
		}
		return problems;
	}

	static Plan toEntity(Long id, Long version, PlanForm form, Instant created, Instant updated) {
		return new Plan(id, version, form.getOrganisationId(), form.getPlanTypeId(), form.getTitle().trim(),
				form.getAdoptedOn(), form.getValidUntil(), Text.blank(form.getDocumentUrl()), Text.blank(form.getNote()),
				created, updated);
	}

}
