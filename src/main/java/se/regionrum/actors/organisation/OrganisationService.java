package se.regionrum.actors.organisation;

import static se.regionrum.platform.Text.blank;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.actors.OrganisationKind;
import se.regionrum.platform.Accounts;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.PageResult;
import se.regionrum.platform.Permissions;

/**
 * Use cases on organisations. Anyone may read them (they are public bodies and companies);
 * only administrators create or delete; an editor changes only their own organisation.
 */
@Service
public class OrganisationService {

	static final String AUDIT_TYPE = "organisation";

	private final OrganisationRepository repository;

	private final OrganisationQueries queries;

	private final Permissions permissions;

	private final AuditLog audit;

	private final Accounts accounts;

	OrganisationService(OrganisationRepository repository, OrganisationQueries queries, Permissions permissions,
			AuditLog audit, Accounts accounts) {
		this.repository = repository;
		this.queries = queries;
		this.permissions = permissions;
		this.audit = audit;
		this.accounts = accounts;
	}

	public PageResult<OrganisationSummary> list(OrganisationFilter filter, int page, int size) {
		return queries.find(filter, Math.max(page, 0), size);
	}

	public List<String> countyCodes() {
		return queries.countyCodes();
	}

	public Organisation get(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("Organisation", id));
	}

	public boolean canEdit(long id) {
		return permissions.canEdit(id);
	}

	public void requireMayCreate() {
		permissions.requireAdmin();
	}

	/** Refuses the edit form itself, not only the save, to those who may not edit. */
	public void requireMayEdit(long id) {
		permissions.requireEditorOf(id);
	}

	@Transactional
	public Organisation create(OrganisationForm form) {
		permissions.requireAdmin();
		InvalidInputException.throwFirst(problems(form, null));
		Instant now = Instant.now();
		Organisation saved = repository.save(toEntity(null, null, form, now, now));
		audit.created(AUDIT_TYPE, saved.id(), saved.auditValues());
		return saved;
	}

	@Transactional
	public Organisation update(long id, OrganisationForm form, Long expectedVersion) {
		permissions.requireEditorOf(id);
		Organisation before = get(id);
		if (!permissions.isAdmin() && (form.getKind() != before.kind() || !Objects.equals(blank(form.getScbCode()), before.scbCode()))) {
			throw new InvalidInputException("kind", "actors.organisation.kindAdminOnly");
		}
		InvalidInputException.throwFirst(problems(form, id));
		Long version = expectedVersion != null ? expectedVersion : before.version();
		Organisation saved = repository.save(toEntity(id, version, form, before.createdAt(), Instant.now()));
		audit.updated(AUDIT_TYPE, id, before.auditValues(), saved.auditValues());
		return saved;
	}

	@Transactional
	public void delete(long id) {
		permissions.requireAdmin();
		Organisation before = get(id);
		if (queries.countPeopleAndGroups(id) > 0) {
			throw new InvalidInputException("id", "actors.organisation.delete.hasPeople");
		}
		if (accounts.countScopedTo(id) > 0) {
			throw new InvalidInputException("id", "actors.organisation.delete.hasAccounts");
		}
		queries.deleteBoundary(id);
		repository.deleteById(id);
		audit.deleted(AUDIT_TYPE, id, before.auditValues());
	}

	/** Every broken rule that needs more than one field or other records, for showing them all at once. */
	public List<InvalidInputException> problems(OrganisationForm form, Long id) {
		List<InvalidInputException> problems = new ArrayList<>();
		String scb = blank(form.getScbCode());
		String county = blank(form.getCountyCode());
		if (form.getKind() == OrganisationKind.MUNICIPALITY && scb == null) {
			problems.add(new InvalidInputException("scbCode", "actors.organisation.scbCode.required"));
		}
		if (form.getKind() != null && form.getKind().hasCounty() && county == null) {
			problems.add(new InvalidInputException("countyCode", "actors.organisation.countyCode.required"));
		}
		if (scb != null && county != null && !scb.startsWith(county)) {
			problems.add(new InvalidInputException("scbCode", "actors.organisation.scbCode.countyMismatch"));
		}
		if (scb != null) {
			repository.findByScbCode(scb).filter(other -> !other.id().equals(id)).ifPresent(other -> problems
				.add(new InvalidInputException("scbCode", "actors.organisation.scbCode.taken")));
		}
		if (form.getName() != null && !form.getName().isBlank()) {
			repository.findByNameIgnoreCase(form.getName().trim()).filter(other -> !other.id().equals(id))
				.ifPresent(other -> problems.add(new InvalidInputException("name", "actors.organisation.name.taken")));
		}
		if ((form.getTownLatitude() == null) != (form.getTownLongitude() == null)) {
			problems.add(new InvalidInputException("townLongitude", "actors.organisation.coordinates.both"));
		}
		return problems;
	}

	static Organisation toEntity(Long id, Long version, OrganisationForm form, Instant created, Instant updated) {
		return new Organisation(id, version, form.getName().trim(), form.getKind(), blank(form.getOrgNumber()),
				blank(form.getScbCode()), blank(form.getCountyCode()), form.getPopulation(), form.getPopulationYear(),
				blank(form.getCentralTown()), form.getTownLatitude(), form.getTownLongitude(), blank(form.getWebsite()),
				blank(form.getEmail()), blank(form.getPhone()), blank(form.getDescription()), created, updated);
	}

}
