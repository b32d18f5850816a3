package se.regionrum.followup.programme;

import static se.regionrum.platform.Text.blank;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.indicators.Indicators;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.Permissions;

/**
 * The use cases of programmes. Administrators change every programme, editors those their
 * organisation owns; readers read; visitors who are not signed in see published programmes only
 * (anything else is "not found"). The services of a programme's parts ({@link ActionAreaService},
 * {@link ActivityService}, {@link CostLineService}, {@link EvaluationService}) ask {@link #get} and
 * {@link #requireEditor} the same. One transaction per use case, and every change goes to the audit log.
 */
@Service
public class ProgrammeService {

	static final String AUDIT_PROGRAMME = "programme";

	private final ProgrammeRepository programmes;

	private final ProgrammeQueries queries;

	private final Permissions permissions;

	private final AuditLog audit;

	private final Organisations organisations;

	private final Indicators indicators;

	ProgrammeService(ProgrammeRepository programmes, ProgrammeQueries queries, Permissions permissions,
			AuditLog audit, Organisations organisations, Indicators indicators) {
		this.indicators = indicators;
		this.programmes = programmes;
		this.queries = queries;
		this.permissions = permissions;
		this.audit = audit;
		this.organisations = organisations;
	}

	// reading

	public List<ProgrammeSummary> list(ProgrammeFilter filter) {
		return queries.find(filter == null ? ProgrammeFilter.none() : filter, !permissions.isSignedIn());
	}

	/** The programme, if the current user may see it; visitors see published programmes only. */
	public Programme get(long id) {
		return programmes.findById(id)
			.filter(p -> p.published() || permissions.isSignedIn())
			.orElseThrow(() -> new NotFoundException("Programme", id));
	}

	public boolean canEdit(Programme programme) {
		return permissions.canEdit(programme.ownerOrganisationId());
	}

	public void requireEditor(Programme programme) {
		permissions.requireEditorOf(programme.ownerOrganisationId());
	}

	public List<Long> goalIds(long programmeId) {
		get(programmeId);
		return queries.goalIds(programmeId);
	}

	public List<Partner> partners(long programmeId) {
		get(programmeId);
		return queries.partners(programmeId);
	}

	public List<String> results(long programmeId) {
		get(programmeId);
		return queries.statements(programmeId, ProgrammeQueries.RESULT);
	}

	public List<String> lessons(long programmeId) {
		get(programmeId);
		return queries.statements(programmeId, ProgrammeQueries.LESSON);
	}

	public List<Measure> measures(long programmeId) {
		get(programmeId);
		return queries.measures(programmeId);
	}

	public List<Long> outcomeIds(long programmeId) {
		get(programmeId);
		return queries.outcomeIds(programmeId);
	}

	public ProgrammeForm form(long id) {
		Programme p = get(id);
		return ProgrammeForm.of(p, queries.goalIds(id), queries.partners(id),
				queries.statements(id, ProgrammeQueries.RESULT), queries.statements(id, ProgrammeQueries.LESSON),
				queries.measures(id), queries.outcomeIds(id));
	}

	// programmes

	@Transactional
	public Programme create(ProgrammeCommand command) {
		permissions.requireEditorOf(command.ownerOrganisationId());
		InvalidInputException.throwFirst(problems(command));
		Instant now = Instant.now();
		Programme saved = programmes.save(toEntity(null, null, command, now, now));
		saveChildren(saved.id(), command);
		audit.created(AUDIT_PROGRAMME, saved.id(), auditValues(saved));
		return saved;
	}

	@Transactional
	public Programme update(long id, ProgrammeCommand command) {
		Programme before = get(id);
		requireEditor(before);
		permissions.requireEditorOf(command.ownerOrganisationId());
		InvalidInputException.throwFirst(problems(command));
		var beforeValues = auditValues(before);
		Programme saved = programmes.save(toEntity(id, before.version(), command, before.createdAt(), Instant.now()));
		saveChildren(id, command);
		audit.updated(AUDIT_PROGRAMME, id, beforeValues, auditValues(saved));
		return saved;
	}

	@Transactional
	public void delete(long id) {
		Programme before = get(id);
		requireEditor(before);
		var values = auditValues(before);
		programmes.deleteById(id);
		audit.deleted(AUDIT_PROGRAMME, id, values);
	}

	/** Every broken rule that needs more than one field or other records. */
	public List<InvalidInputException> problems(ProgrammeCommand c) {
		List<InvalidInputException> problems = new ArrayList<>();
		if (c.startDate() != null && c.endDate() != null && c.endDate().isBefore(c.startDate())) {
			problems.add(new InvalidInputException("endDate", "followup.programme.endBeforeStart"));
		}
		if (c.ownerOrganisationId() != null && organisations.find(c.ownerOrganisationId()).isEmpty()) {
			problems.add(new InvalidInputException("ownerOrganisationId", "followup.programme.owner.unknown"));
		}
		for (Measure m : c.measures()) {
			if (m.kind() == MeasureKind.PLAN_COVERAGE && (m.planTypeCode() == null || m.planTypeCode().isBlank())) {
				problems.add(new InvalidInputException("planTypeCode", "followup.programme.planType.required"));
			}
			if (m.kind() == MeasureKind.INDICATOR
					&& (m.indicatorId() == null || indicators.find(m.indicatorId()).isEmpty())) {
				problems.add(new InvalidInputException("indicatorId", "followup.programme.indicator.required"));
			}
		}
		return problems;
	}

	private void saveChildren(long id, ProgrammeCommand c) {
		queries.replaceGoals(id, c.goalIds());
		List<Partner> partners = new ArrayList<>();
		for (Partner p : c.partners()) {
			Long organisation = p.organisationId() != null ? p.organisationId()
					: organisations.findByName(p.name()).map(OrganisationRef::id).orElse(null);
			partners.add(new Partner(organisation, p.name(), p.role()));
		}
		queries.replacePartners(id, partners);
		queries.replaceStatements(id, ProgrammeQueries.RESULT, c.results());
		queries.replaceStatements(id, ProgrammeQueries.LESSON, c.lessons());
		queries.replaceMeasures(id, c.measures());
		queries.replaceOutcomes(id, c.outcomeIds());
	}

	private java.util.Map<String, Object> auditValues(Programme p) {
		java.util.Map<String, Object> values = p.auditValues();
		if (p.id() != null) {
			values.put("goalIds", queries.goalIds(p.id()));
			values.put("partners", queries.partners(p.id()).stream().map(x -> x.name() + (x.role() == null ? "" : " | " + x.role())).toList());
			values.put("results", queries.statements(p.id(), ProgrammeQueries.RESULT));
			values.put("lessons", queries.statements(p.id(), ProgrammeQueries.LESSON));
			values.put("measures", queries.measures(p.id()).stream().map(Measure::auditText).toList());
			values.put("outcomeIds", queries.outcomeIds(p.id()));
		}
		return values;
	}

	private static Programme toEntity(Long id, Long version, ProgrammeCommand c, Instant created, Instant updated) {
		return new Programme(id, version, c.kind(), c.name().strip(), blank(c.summary()), blank(c.purpose()),
				blank(c.goals()), c.startDate(), c.endDate(), c.status(), c.ownerOrganisationId(), c.contactPersonId(),
				c.workingGroupId(), blank(c.dissemination()), c.published(), created, updated);
	}

	// helpers

	static long orZero(Long value) {
		return value == null ? 0 : value;
	}

}
