package se.regionrum.strategy.strategy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import se.regionrum.platform.OrganisationDirectory;
import se.regionrum.platform.PageResult;
import se.regionrum.platform.Text;
import se.regionrum.platform.Permissions;
import se.regionrum.strategy.StrategyKind;
import se.regionrum.strategy.StrategyStatus;

/**
 * Use cases on strategies. Anonymous visitors see published strategies only; signed-in users
 * see all. A strategy is changed by administrators and by editors of its owner organisation
 * (the region for the regional strategy, a municipality for its own).
 */
@Service
public class StrategyService {

	static final String AUDIT_TYPE = "strategy";

	private final StrategyRepository repository;

	private final StrategyQueries queries;

	private final Permissions permissions;

	private final AuditLog audit;

	private final Organisations organisations;

	private final OrganisationDirectory directory;

	private final Clock clock;

	StrategyService(StrategyRepository repository, StrategyQueries queries, Permissions permissions, AuditLog audit,
			Organisations organisations, OrganisationDirectory directory, Clock clock) {
		this.repository = repository;
		this.queries = queries;
		this.permissions = permissions;
		this.audit = audit;
		this.organisations = organisations;
		this.directory = directory;
		this.clock = clock;
	}

	public PageResult<StrategySummary> list(StrategyFilter filter, int page, int size) {
		return queries.find(filter, !permissions.isSignedIn(), Math.max(page, 0), size);
	}

	/** Owners of the strategies the current user may see, for the list's filter. */
	public Map<Long, String> owners() {
		return queries.owners(!permissions.isSignedIn());
	}

	/** The strategy, without a visibility check: for use cases that check it themselves. */
	public Strategy get(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("Strategy", id));
	}

	/** The strategy, if the current user may see it (published, or signed in). */
	public Strategy getVisible(long id) {
		Strategy strategy = get(id);
		requireVisible(strategy);
		return strategy;
	}

	public boolean isVisible(Strategy strategy) {
		return strategy.published() || permissions.isSignedIn();
	}

	/** Unpublished strategies need a sign-in; anonymous visitors are sent to sign in (pages) or get 401 (API). */
	public void requireVisible(Strategy strategy) {
		if (!strategy.published()) {
			permissions.requireSignedIn();
		}
	}

	public boolean canEdit(Strategy strategy) {
		return permissions.canEdit(strategy.ownerOrganisationId());
	}

	/** Throws unless the current user may change the strategy (and so its goals and consultations). */
	public CurrentUser requireEditor(Strategy strategy) {
		return permissions.requireEditorOf(strategy.ownerOrganisationId());
	}

	public String ownerName(Strategy strategy) {
		return organisations.find(strategy.ownerOrganisationId()).map(OrganisationRef::name).orElse("");
	}

	public Optional<Strategy> revisionOf(Strategy strategy) {
		return strategy.revisesId() == null ? Optional.empty() : repository.findById(strategy.revisesId());
	}

	/** The strategy's page, if the current user may see the strategy. */
	public StrategyView view(long id) {
		Strategy strategy = getVisible(id);
		return queries.view(strategy, ownerName(strategy), canEdit(strategy),
				revisionOf(strategy).filter(this::isVisible).orElse(null), revisions(strategy), LocalDate.now(clock));
	}

	/** Revisions of the strategy that the current user may see, newest first. */
	public List<Strategy> revisions(Strategy strategy) {
		return queries.revisionIds(strategy.id())
			.stream()
			.map(this::get)
			.filter(this::isVisible)
			.toList();
	}

	/** The strategies the current user may change, by name: for choosing one to open a consultation on. */
	public List<Strategy> editable() {
		permissions.requireSignedIn();
		return repository.findAll().stream()
			.filter(this::canEdit)
			.sorted(Comparator.comparing(Strategy::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** The organisations the current user may make owner of a strategy: all for administrators, their own for editors. */
	public List<OrganisationDirectory.Option> ownerChoices() {
		CurrentUser user = permissions.requireSignedIn();
		if (user.isAdmin()) {
			return directory.all();
		}
		if (user.organisationId() == null || !user.canEdit(user.organisationId())) {
			throw new AccessDeniedException("Readers create no strategies");
		}
		return directory.nameOf(user.organisationId())
			.map(name -> List.of(new OrganisationDirectory.Option(user.organisationId(), name)))
			.orElse(List.of());
	}

	@Transactional
	public Strategy create(StrategyForm form) {
		permissions.requireEditorOf(form.getOwnerOrganisationId());
		InvalidInputException.throwFirst(problems(form));
		Instant now = Instant.now();
		Strategy saved = repository.save(toEntity(null, null, form, null, now, now));
		audit.created(AUDIT_TYPE, saved.id(), saved.auditValues());
		return saved;
	}

	@Transactional
	public Strategy update(long id, StrategyForm form, Long expectedVersion) {
		Strategy before = get(id);
		requireEditor(before);
		permissions.requireEditorOf(form.getOwnerOrganisationId());
		InvalidInputException.throwFirst(problems(form));
		Long version = expectedVersion != null ? expectedVersion : before.version();
		Strategy saved = repository.save(toEntity(id, version, form, before.revisesId(), before.createdAt(), Instant.now()));
		audit.updated(AUDIT_TYPE, id, before.auditValues(), saved.auditValues());
		return saved;
	}

	/**
	 * Deletes a strategy and its goals. Refused once it has been on consultation, has goals that
	 * issues refer to or has been revised: then its history matters, and it is kept.
	 */
	@Transactional
	public void delete(long id) {
		Strategy before = get(id);
		requireEditor(before);
		long consultations = queries.countConsultations(id);
		long issueLinks = queries.countIssueLinks(id);
		long revisions = queries.countRevisions(id);
		if (consultations > 0) {
			throw new InvalidInputException("id", "strategy.strategy.delete.hasConsultations");
		}
		if (issueLinks > 0 || revisions > 0) {
			throw new InvalidInputException("id", "strategy.strategy.delete.referenced");
		}
		queries.deleteGoals(id);
		repository.deleteById(id);
		audit.deleted(AUDIT_TYPE, id, before.auditValues());
	}

	/**
	 * Starts a revision: a new draft with the same owner and a copy of the active goals (with
	 * their municipalities), which can then be sent on consultation and adopted.
	 */
	@Transactional
	public Strategy createRevision(long id, String name) {
		Strategy original = get(id);
		requireEditor(original);
		String revisionName = Text.blank(name);
		if (revisionName == null) {
			throw new InvalidInputException("name", "strategy.strategy.name.required");
		}
		if (revisionName.length() > 300) {
			throw new InvalidInputException("name", "validation.tooLong");
		}
		Instant now = Instant.now();
		Strategy saved = repository.save(new Strategy(null, null, revisionName, original.kind(),
				original.ownerOrganisationId(), original.periodStart(), original.periodEnd(), StrategyStatus.DRAFT, null,
				null, original.description(), false, original.id(), now, now));
		queries.insertCopiesOfActiveGoals(id, saved.id(), now);
		audit.created(AUDIT_TYPE, saved.id(), saved.auditValues());
		return saved;
	}

	/** Every broken rule that needs more than one field or other records, for showing them all at once. */
	public List<InvalidInputException> problems(StrategyForm form) {
		List<InvalidInputException> problems = new ArrayList<>();
		if (form.getPeriodStart() != null && form.getPeriodEnd() != null && form.getPeriodEnd() < form.getPeriodStart()) {
			problems.add(new InvalidInputException("periodEnd", "strategy.strategy.period.order"));
		}
		if (form.getStatus() == StrategyStatus.ADOPTED && form.getAdoptedOn() == null) {
			problems.add(new InvalidInputException("adoptedOn", "strategy.strategy.adoptedOn.required"));
		}
		if (form.getOwnerOrganisationId() != null) {
			Optional<OrganisationRef> owner = organisations.find(form.getOwnerOrganisationId());
			if (owner.isEmpty()) {
				problems.add(new InvalidInputException("ownerOrganisationId", "strategy.strategy.owner.unknown"));
			}
			else if (form.getKind() == StrategyKind.REGIONAL && owner.get().kind() != OrganisationKind.REGION) {
				problems.add(new InvalidInputException("ownerOrganisationId", "strategy.strategy.owner.notRegion"));
			}
			else if (form.getKind() == StrategyKind.MUNICIPAL && owner.get().kind() != OrganisationKind.MUNICIPALITY
					&& owner.get().kind() != OrganisationKind.INTERMUNICIPAL_BODY) {
				problems.add(new InvalidInputException("ownerOrganisationId", "strategy.strategy.owner.notMunicipality"));
			}
		}
		return problems;
	}

	static Strategy toEntity(Long id, Long version, StrategyForm form, Long revisesId, Instant created, Instant updated) {
		return new Strategy(id, version, form.getName().trim(), form.getKind(), form.getOwnerOrganisationId(),
				form.getPeriodStart(), form.getPeriodEnd(), form.getStatus(), form.getAdoptedOn(),
				Text.blank(form.getDocumentUrl()), Text.blank(form.getDescription()), form.isPublished(), revisesId,
				created, updated);
	}

}
