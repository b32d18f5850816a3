package se.regionrum.followup.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.dialogue.MeetingRef;
import se.regionrum.dialogue.Meetings;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.Permissions;

/**
 * The use cases of programmes and everything that belongs to them. Administrators change every
 * programme, editors those their organisation owns; readers read; visitors who are not signed in
 * see published programmes only (anything else is "not found"). One transaction per use case,
 * and every change goes to the audit log.
 */
@Service
public class ProgrammeService {

	static final String AUDIT_PROGRAMME = "programme";

	static final String AUDIT_ACTION_AREA = "action_area";

	static final String AUDIT_ACTIVITY = "activity";

	static final String AUDIT_COST_LINE = "cost_line";

	static final String AUDIT_EVALUATION = "evaluation";

	private final ProgrammeRepository programmes;

	private final ActionAreaRepository areas;

	private final ActivityRepository activities;

	private final CostLineRepository costs;

	private final CostKindRepository costKinds;

	private final EvaluationRepository evaluations;

	private final ProgrammeQueries queries;

	private final Permissions permissions;

	private final AuditLog audit;

	private final Organisations organisations;

	private final Meetings meetings;

	ProgrammeService(ProgrammeRepository programmes, ActionAreaRepository areas, ActivityRepository activities,
			CostLineRepository costs, CostKindRepository costKinds, EvaluationRepository evaluations,
			ProgrammeQueries queries, Permissions permissions, AuditLog audit, Organisations organisations,
			Meetings meetings) {
		this.programmes = programmes;
		this.areas = areas;
		this.activities = activities;
		this.costs = costs;
		this.costKinds = costKinds;
		this.evaluations = evaluations;
		this.queries = queries;
		this.permissions = permissions;
		this.audit = audit;
		this.organisations = organisations;
		this.meetings = meetings;
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
		checkRules(problems(command));
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
		checkRules(problems(command));
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
			values.put("measures", queries.measures(p.id()).stream().map(m -> m.kind() + (m.planTypeCode() == null ? "" : ":" + m.planTypeCode())).toList());
			values.put("outcomeIds", queries.outcomeIds(p.id()));
		}
		return values;
	}

	private static Programme toEntity(Long id, Long version, ProgrammeCommand c, Instant created, Instant updated) {
		return new Programme(id, version, c.kind(), c.name().strip(), blank(c.summary()), blank(c.purpose()),
				blank(c.goals()), c.startDate(), c.endDate(), c.status(), c.ownerOrganisationId(), c.contactPersonId(),
				c.workingGroupId(), blank(c.dissemination()), c.published(), created, updated);
	}

	// action areas

	public List<ActionArea> actionAreas(long programmeId) {
		get(programmeId);
		return areas.findByProgrammeIdOrderByPositionAscIdAsc(programmeId);
	}

	public ActionArea actionArea(long id) {
		ActionArea area = areas.findById(id).orElseThrow(() -> new NotFoundException("Action area", id));
		get(area.programmeId());
		return area;
	}

	@Transactional
	public ActionArea addActionArea(long programmeId, ActionAreaForm form) {
		requireEditor(get(programmeId));
		int position = form.getPosition() != null ? form.getPosition()
				: areas.findByProgrammeIdOrderByPositionAscIdAsc(programmeId).stream().mapToInt(ActionArea::position)
					.max().orElse(0) + 1;
		ActionArea saved = areas.save(new ActionArea(null, null, programmeId, position, form.getName().strip(),
				blank(form.getDescription())));
		audit.created(AUDIT_ACTION_AREA, saved.id(), saved.auditValues());
		return saved;
	}

	@Transactional
	public ActionArea updateActionArea(long id, ActionAreaForm form) {
		ActionArea before = actionArea(id);
		requireEditor(get(before.programmeId()));
		ActionArea saved = areas.save(new ActionArea(id, before.version(), before.programmeId(),
				form.getPosition() != null ? form.getPosition() : before.position(), form.getName().strip(),
				blank(form.getDescription())));
		audit.updated(AUDIT_ACTION_AREA, id, before.auditValues(), saved.auditValues());
		return saved;
	}

	@Transactional
	public void deleteActionArea(long id) {
		ActionArea before = actionArea(id);
		requireEditor(get(before.programmeId()));
		areas.deleteById(id);
		audit.deleted(AUDIT_ACTION_AREA, id, before.auditValues());
	}

	// activities

	public List<Activity> activities(long programmeId) {
		get(programmeId);
		return activities.findByProgrammeIdOrderByActivityDateAscIdAsc(programmeId);
	}

	public Activity activity(long id) {
		Activity activity = activities.findById(id).orElseThrow(() -> new NotFoundException("Activity", id));
		get(activity.programmeId());
		return activity;
	}

	@Transactional
	public Activity addActivity(long programmeId, ActivityForm form) {
		Programme programme = get(programmeId);
		requireEditor(programme);
		Resolved r = resolve(programme, form);
		checkRules(r.problems());
		Instant now = Instant.now();
		Activity saved = activities.save(new Activity(null, null, programmeId, form.getActionAreaId(), form.getKind(),
				r.title(), r.date(), blank(form.getPlace()), form.getParticipants(), blank(form.getAccount()),
				form.getKind() == ActivityKind.MEETING ? form.getMeetingId() : null,
				form.getKind() == ActivityKind.SERIES ? form.getSeriesId() : null, now, now));
		audit.created(AUDIT_ACTIVITY, saved.id(), saved.auditValues());
		return saved;
	}

	@Transactional
	public Activity updateActivity(long id, ActivityForm form) {
		Activity before = activity(id);
		Programme programme = get(before.programmeId());
		requireEditor(programme);
		Resolved r = resolve(programme, form);
		checkRules(r.problems());
		Activity saved = activities.save(new Activity(id, before.version(), before.programmeId(),
				form.getActionAreaId(), form.getKind(), r.title(), r.date(), blank(form.getPlace()),
				form.getParticipants(), blank(form.getAccount()),
				form.getKind() == ActivityKind.MEETING ? form.getMeetingId() : null,
				form.getKind() == ActivityKind.SERIES ? form.getSeriesId() : null, before.createdAt(), Instant.now()));
		audit.updated(AUDIT_ACTIVITY, id, before.auditValues(), saved.auditValues());
		return saved;
	}

	@Transactional
	public void deleteActivity(long id) {
		Activity before = activity(id);
		requireEditor(get(before.programmeId()));
		activities.deleteById(id);
		audit.deleted(AUDIT_ACTIVITY, id, before.auditValues());
	}

	/** The rules of an activity form that need the programme, its action areas or the dialogue module. */
	public List<InvalidInputException> problems(long programmeId, ActivityForm form) {
		return resolve(get(programmeId), form).problems();
	}

	private record Resolved(String title, LocalDate date, List<InvalidInputException> problems) {
	}

	private Resolved resolve(Programme programme, ActivityForm form) {
		List<InvalidInputException> problems = new ArrayList<>();
		String title = blank(form.getTitle());
		LocalDate date = form.getActivityDate();
		String dateField = "activityDate";
		if (form.getActionAreaId() != null && areas.findById(form.getActionAreaId())
			.filter(a -> a.programmeId() == programme.id())
			.isEmpty()) {
			problems.add(new InvalidInputException("actionAreaId", "followup.activity.actionArea.unknown"));
		}
		if (form.getKind() == ActivityKind.MEETING) {
			Optional<MeetingRef> meeting = form.getMeetingId() == null ? Optional.empty()
					: Optional.ofNullable(meetings.findAll(List.of(form.getMeetingId())).get(form.getMeetingId()));
			if (meeting.isEmpty()) {
				problems.add(new InvalidInputException("meetingId", "followup.activity.meeting.required"));
			}
			else {
				if (title == null) {
					title = meeting.get().title();
				}
				if (date == null) {
					date = meeting.get().date();
					dateField = "meetingId";
				}
			}
		}
		if (form.getKind() == ActivityKind.SERIES) {
			Meetings.SeriesRef series = form.getSeriesId() == null ? null
					: meetings.findSeries(List.of(form.getSeriesId())).get(form.getSeriesId());
			if (series == null) {
				problems.add(new InvalidInputException("seriesId", "followup.activity.series.required"));
			}
			else {
				if (title == null) {
					title = series.title();
				}
				if (date == null) {
					date = series.firstDate();
					dateField = "seriesId";
					if (series.lastDate() != null && !programme.covers(series.lastDate())) {
						problems.add(new InvalidInputException("seriesId", "followup.activity.outsidePeriod"));
					}
				}
			}
		}
		if (title == null && form.getKind() != ActivityKind.MEETING && form.getKind() != ActivityKind.SERIES) {
			problems.add(new InvalidInputException("title", "followup.activity.title.required"));
		}
		if (date != null && !programme.covers(date) && problems.stream().noneMatch(p -> p.field().equals("seriesId"))) {
			problems.add(new InvalidInputException(dateField, "followup.activity.outsidePeriod"));
		}
		return new Resolved(title, date, problems);
	}

	// costs

	public List<CostKind> costKinds() {
		return costKinds.findAllByOrderByPositionAscIdAsc();
	}

	public List<CostLine> costLines(long programmeId) {
		get(programmeId);
		return costs.findByProgrammeIdOrderByCostYearAscIdAsc(programmeId);
	}

	public CostLine costLine(long id) {
		CostLine line = costs.findById(id).orElseThrow(() -> new NotFoundException("Cost line", id));
		get(line.programmeId());
		return line;
	}

	@Transactional
	public CostLine addCostLine(long programmeId, CostLineForm form) {
		Programme programme = get(programmeId);
		requireEditor(programme);
		checkRules(problems(programme, form, null));
		Instant now = Instant.now();
		CostLine saved = costs.save(new CostLine(null, null, programmeId, form.getCostYear(), form.getCostKindId(),
				orZero(form.getBudget()), orZero(form.getSpent()), blank(form.getNote()), now, now));
		audit.created(AUDIT_COST_LINE, saved.id(), saved.auditValues());
		return saved;
	}

	@Transactional
	public CostLine updateCostLine(long id, CostLineForm form) {
		CostLine before = costLine(id);
		Programme programme = get(before.programmeId());
		requireEditor(programme);
		checkRules(problems(programme, form, before.costKindId()));
		CostLine saved = costs.save(new CostLine(id, before.version(), before.programmeId(), form.getCostYear(),
				form.getCostKindId(), orZero(form.getBudget()), orZero(form.getSpent()), blank(form.getNote()),
				before.createdAt(), Instant.now()));
		audit.updated(AUDIT_COST_LINE, id, before.auditValues(), saved.auditValues());
		return saved;
	}

	@Transactional
	public void deleteCostLine(long id) {
		CostLine before = costLine(id);
		requireEditor(get(before.programmeId()));
		costs.deleteById(id);
		audit.deleted(AUDIT_COST_LINE, id, before.auditValues());
	}

	/** What is wrong with a new cost line of the programme. */
	public List<InvalidInputException> problems(long programmeId, CostLineForm form) {
		return problems(get(programmeId), form, null);
	}

	/** What is wrong with the changed cost line; it may keep a cost kind that has since been deactivated. */
	public List<InvalidInputException> costLineProblems(long lineId, CostLineForm form) {
		CostLine line = costLine(lineId);
		return problems(get(line.programmeId()), form, line.costKindId());
	}

	private List<InvalidInputException> problems(Programme programme, CostLineForm form, Long currentKindId) {
		List<InvalidInputException> problems = new ArrayList<>();
		if (form.getCostYear() != null && (form.getCostYear() < programme.startDate().getYear()
				|| form.getCostYear() > programme.endDate().getYear())) {
			problems.add(new InvalidInputException("costYear", "followup.cost.outsidePeriod"));
		}
		if (form.getCostKindId() != null) {
			Optional<CostKind> kind = costKinds.findById(form.getCostKindId());
			if (kind.isEmpty()) {
				problems.add(new InvalidInputException("costKindId", "followup.cost.kind.unknown"));
			}
			else if (!kind.get().active() && !kind.get().id().equals(currentKindId)) {
				problems.add(new InvalidInputException("costKindId", "followup.cost.kind.inactive"));
			}
		}
		return problems;
	}

	// evaluations

	public List<Evaluation> evaluations(long programmeId) {
		get(programmeId);
		return evaluations.findByProgrammeIdOrderByEvaluatedOnAscIdAsc(programmeId);
	}

	public Evaluation evaluation(long id) {
		Evaluation evaluation = evaluations.findById(id).orElseThrow(() -> new NotFoundException("Evaluation", id));
		get(evaluation.programmeId());
		return evaluation;
	}

	public List<Long> surveyIds(long evaluationId) {
		evaluation(evaluationId);
		return queries.surveyIds(evaluationId);
	}

	public EvaluationForm evaluationForm(long id) {
		Evaluation e = evaluation(id);
		return new EvaluationForm(e.kind(), e.title(), e.evaluatedOn(), e.meetingId(), e.assessment(),
				queries.surveyIds(id));
	}

	@Transactional
	public Evaluation addEvaluation(long programmeId, EvaluationForm form) {
		requireEditor(get(programmeId));
		Instant now = Instant.now();
		Evaluation saved = evaluations.save(new Evaluation(null, null, programmeId, form.getKind(),
				form.getTitle().strip(), form.getEvaluatedOn(), form.getMeetingId(), blank(form.getAssessment()), now,
				now));
		queries.replaceSurveys(saved.id(), form.getSurveyIds());
		audit.created(AUDIT_EVALUATION, saved.id(), withSurveys(saved));
		return saved;
	}

	@Transactional
	public Evaluation updateEvaluation(long id, EvaluationForm form) {
		Evaluation before = evaluation(id);
		requireEditor(get(before.programmeId()));
		var beforeValues = withSurveys(before);
		Evaluation saved = evaluations.save(new Evaluation(id, before.version(), before.programmeId(), form.getKind(),
				form.getTitle().strip(), form.getEvaluatedOn(), form.getMeetingId(), blank(form.getAssessment()),
				before.createdAt(), Instant.now()));
		queries.replaceSurveys(id, form.getSurveyIds());
		audit.updated(AUDIT_EVALUATION, id, beforeValues, withSurveys(saved));
		return saved;
	}

	@Transactional
	public void deleteEvaluation(long id) {
		Evaluation before = evaluation(id);
		requireEditor(get(before.programmeId()));
		var values = withSurveys(before);
		evaluations.deleteById(id);
		audit.deleted(AUDIT_EVALUATION, id, values);
	}

	private java.util.Map<String, Object> withSurveys(Evaluation e) {
		java.util.Map<String, Object> values = e.auditValues();
		values.put("surveyIds", queries.surveyIds(e.id()));
		return values;
	}

	// helpers

	private static void checkRules(List<InvalidInputException> problems) {
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
	}

	static long orZero(Long value) {
		return value == null ? 0 : value;
	}

	static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
