package se.regionrum.initiatives.establishment;

import static se.regionrum.platform.Text.blank;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.initiatives.Establishments.EstablishmentPlace;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.Permissions;

/**
 * Large establishments belong to the municipality they are in: its editors and administrators
 * change them. Anonymous visitors see published ones only.
 */
@Service
public class EstablishmentService {

	static final String AUDIT_TYPE = "establishment";

	private final EstablishmentRepository repository;

	private final Permissions permissions;

	private final AuditLog audit;

	private final Organisations organisations;

	EstablishmentService(EstablishmentRepository repository, Permissions permissions, AuditLog audit,
			Organisations organisations) {
		this.repository = repository;
		this.permissions = permissions;
		this.audit = audit;
		this.organisations = organisations;
	}

	public List<Establishment> list() {
		boolean all = permissions.isSignedIn();
		return repository.findAllByOrderByCompanyAsc().stream().filter(e -> all || e.published()).toList();
	}

	/** The establishments the current user may see that have a place, largest (direct jobs) first. */
	public List<EstablishmentPlace> placed() {
		return list().stream().filter(e -> e.latitude() != null && e.longitude() != null)
			.sorted(java.util.Comparator.comparingInt(Establishment::directJobs).reversed())
			.map(e -> new EstablishmentPlace(e.id(), e.company(), e.sector(), e.municipalityId(), e.latitude(),
					e.longitude(), e.directJobs()))
			.toList();
	}

	public List<Establishment> concerning(long municipalityId) {
		return list().stream()
			.filter(e -> e.municipalityId() == municipalityId || ImpactEstimate.shares(e).containsKey(municipalityId))
			.toList();
	}

	public Establishment get(long id) {
		Establishment e = repository.findById(id).orElseThrow(() -> new NotFoundException("Establishment", id));
		if (!e.published() && !permissions.isSignedIn()) {
			throw new NotFoundException("Establishment", id);
		}
		return e;
	}

	public boolean canEdit(Establishment e) {
		return permissions.canEdit(e.municipalityId());
	}

	public List<ImpactEstimate.Row> impact(Establishment e) {
		return ImpactEstimate.compute(e, ImpactEstimate.shares(e), e.assumptions());
	}

	/** A what-if estimate with other assumptions; nothing is saved. */
	public List<ImpactEstimate.Row> impact(Establishment e, AssumptionsForm assumptions) {
		Map<Long, Double> shares = assumptions.statedShares();
		return ImpactEstimate.compute(e, shares.isEmpty() ? ImpactEstimate.shares(e) : shares,
				assumptions.toAssumptions());
	}

	@Transactional
	public Establishment create(EstablishmentForm form) {
		permissions.requireEditorOf(form.getMunicipalityId());
		InvalidInputException.throwFirst(problems(form));
		Instant now = Instant.now();
		Establishment saved = repository.save(toEntity(null, null, form, now, now));
		audit.created(AUDIT_TYPE, saved.id(), saved.auditValues());
		return saved;
	}

	@Transactional
	public Establishment update(long id, EstablishmentForm form, Long expectedVersion) {
		Establishment before = get(id);
		permissions.requireEditorOf(before.municipalityId());
		permissions.requireEditorOf(form.getMunicipalityId());
		InvalidInputException.throwFirst(problems(form));
		Long version = expectedVersion != null ? expectedVersion : before.version();
		Establishment saved = repository.save(toEntity(id, version, form, before.createdAt(), Instant.now()));
		audit.updated(AUDIT_TYPE, id, before.auditValues(), saved.auditValues());
		return saved;
	}

	/** Saves new assumptions; the estimate is computed from them from now on. */
	@Transactional
	public Establishment updateAssumptions(long id, AssumptionsForm form) {
		Establishment before = get(id);
		permissions.requireEditorOf(before.municipalityId());
		checkShares(form.statedShares());
		Establishment saved = repository.save(before.withAssumptions(form.toAssumptions(),
				settlements(form.statedShares(), before.municipalityId()), Instant.now()));
		audit.updated(AUDIT_TYPE, id, before.auditValues(), saved.auditValues());
		return saved;
	}

	@Transactional
	public void delete(long id) {
		Establishment before = get(id);
		permissions.requireEditorOf(before.municipalityId());
		repository.deleteById(id);
		audit.deleted(AUDIT_TYPE, id, before.auditValues());
	}

	public List<InvalidInputException> problems(EstablishmentForm form) {
		List<InvalidInputException> problems = new ArrayList<>();
		if (form.getMunicipalityId() != null && organisations.municipalities().stream()
			.noneMatch(m -> m.id() == form.getMunicipalityId())) {
			problems.add(new InvalidInputException("municipalityId", "initiatives.initiative.municipalities.unknown"));
		}
		if ((form.getLatitude() == null) != (form.getLongitude() == null)) {
			problems.add(new InvalidInputException("longitude", "initiatives.establishment.coordinates.both"));
		}
		order(problems, form.getPermitStartsOn(), form.getPermitEndsOn(), "permitEndsOn");
		order(problems, form.getConstructionStartsOn(), form.getConstructionEndsOn(), "constructionEndsOn");
		order(problems, form.getPermitStartsOn(), form.getConstructionStartsOn(), "constructionStartsOn");
		order(problems, form.getConstructionStartsOn(), form.getOperationStartsOn(), "operationStartsOn");
		try {
			checkShares(form.statedShares());
		}
		catch (InvalidInputException ex) {
			problems.add(ex);
		}
		return problems;
	}

	void checkShares(Map<Long, Double> shares) {
		if (shares.isEmpty()) {
			return;
		}
		Set<Long> municipalities = organisations.municipalities().stream().map(OrganisationRef::id)
			.collect(Collectors.toSet());
		if (!municipalities.containsAll(shares.keySet())) {
			throw new InvalidInputException("shares", "initiatives.initiative.municipalities.unknown");
		}
		double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
		if (Math.abs(sum - 1.0) > 0.001 || shares.values().stream().anyMatch(v -> v > 1)) {
			throw new InvalidInputException("shares", "initiatives.establishment.shares.sum");
		}
	}

	private static void order(List<InvalidInputException> problems, LocalDate first, LocalDate then, String field) {
		if (first != null && then != null && then.isBefore(first)) {
			problems.add(new InvalidInputException(field, "initiatives.establishment.dates.order"));
		}
	}

	static Set<EstablishmentSettlement> settlements(Map<Long, Double> shares, long host) {
		if (shares.isEmpty()) {
			return Set.of(new EstablishmentSettlement(host, 1.0));
		}
		return shares.entrySet().stream().map(e -> new EstablishmentSettlement(e.getKey(), e.getValue()))
			.collect(Collectors.toSet());
	}

	static Establishment toEntity(Long id, Long version, EstablishmentForm form, Instant created, Instant updated) {
		Assumptions a = form.toAssumptions();
		return new Establishment(id, version, form.getCompany().trim(), form.getMunicipalityId(),
				blank(form.getSector()), blank(form.getDescription()), form.getLatitude(), form.getLongitude(),
				form.getDirectJobs(), form.getPowerDemandMw() == null ? 0 : form.getPowerDemandMw(), form.isPublished(),
				a.indirectJobMultiplier(), a.shareMovingIn(), a.householdSize(), a.housingUnitsPerHousehold(),
				a.schoolPlacesPerThousand(), a.householdPowerKw(), a.rampUpYears(), form.getPermitStartsOn(),
				form.getPermitEndsOn(), form.getConstructionStartsOn(), form.getConstructionEndsOn(),
				form.getOperationStartsOn(), created, updated, settlements(form.statedShares(), form.getMunicipalityId()));
	}

}
