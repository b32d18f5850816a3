package se.regionrum.strategy.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.actors.Organisations;
import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.CurrentUser;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.PageResult;
import se.regionrum.platform.Permissions;
import se.regionrum.platform.Text;
import se.regionrum.strategy.consultation.ConsultationViews.ChangeKind;
import se.regionrum.strategy.consultation.ConsultationViews.Consensus;
import se.regionrum.strategy.consultation.ConsultationViews.ConsensusRow;
import se.regionrum.strategy.consultation.ConsultationViews.ConsultationSummary;
import se.regionrum.strategy.consultation.ConsultationViews.DraftGoal;
import se.regionrum.strategy.consultation.ConsultationViews.GoalChange;
import se.regionrum.strategy.consultation.ConsultationViews.Invitee;
import se.regionrum.strategy.consultation.ConsultationViews.ResponseView;
import se.regionrum.strategy.consultation.ConsultationViews.StanceView;
import se.regionrum.strategy.goal.Goal;
import se.regionrum.strategy.goal.GoalNode;
import se.regionrum.strategy.goal.GoalService;
import se.regionrum.strategy.strategy.Strategy;
import se.regionrum.strategy.strategy.StrategyService;

/**
 * Consultations of strategy drafts. A consultation belongs to its strategy's owner (the region
 * for the regional strategy), whose editors open it and invite organisations. Each invited
 * organisation's editors answer for it while it is open (administrators also later, e.g. to
 * register a response that came by letter). Anyone may comment in the open mailbox while it is
 * open. It can be seen by whoever can see its strategy.
 */
@Service
public class ConsultationService {

	static final String AUDIT_TYPE = "consultation";

	static final String RESPONSE_AUDIT_TYPE = "consultation_response";

	static final String COMMENT_AUDIT_TYPE = "consultation_comment";

	private final ConsultationRepository repository;

	private final ConsultationResponseRepository responses;

	private final ConsultationCommentRepository comments;

	private final ConsultationQueries queries;

	private final StrategyService strategies;

	private final GoalService goals;

	private final Organisations organisations;

	private final Permissions permissions;

	private final AuditLog audit;

	private final Clock clock;

	ConsultationService(ConsultationRepository repository, ConsultationResponseRepository responses,
			ConsultationCommentRepository comments, ConsultationQueries queries, StrategyService strategies,
			GoalService goals, Organisations organisations, Permissions permissions, AuditLog audit,
			Clock clock) {
		this.repository = repository;
		this.responses = responses;
		this.comments = comments;
		this.queries = queries;
		this.strategies = strategies;
		this.goals = goals;
		this.organisations = organisations;
		this.permissions = permissions;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public PageResult<ConsultationSummary> list(ConsultationFilter filter, int page, int size) {
		return queries.find(filter, !permissions.isSignedIn(), today(), Math.max(page, 0), size);
	}

	public Consultation get(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("Consultation", id));
	}

	/** The consultation, if the current user may see its strategy. */
	public Consultation getVisible(long id) {
		Consultation consultation = get(id);
		strategies.requireVisible(strategies.get(consultation.strategyId()));
		return consultation;
	}

	public Strategy strategyOf(Consultation consultation) {
		return strategies.get(consultation.strategyId());
	}

	public ConsultationPhase phase(Consultation consultation) {
		return consultation.phaseOn(today());
	}

	public boolean canEdit(Consultation consultation) {
		return strategies.canEdit(strategyOf(consultation));
	}

	public void requireEditor(Consultation consultation) {
		strategies.requireEditor(strategyOf(consultation));
	}

	/** Signed-in users read the mailbox; anonymous visitors only add to it. */
	public boolean canReadComments() {
		return permissions.isSignedIn();
	}

	/** The invited organisations the current user may answer for now. */
	public List<Long> respondableOrganisations(Consultation consultation) {
		Optional<CurrentUser> user = permissions.current();
		if (user.isEmpty()) {
			return List.of();
		}
		boolean open = phase(consultation) == ConsultationPhase.OPEN;
		return invitedIds(consultation.id()).stream()
			.filter(org -> user.get().isAdmin() || (open && user.get().canEdit(org)))
			.toList();
	}

	public List<DraftGoal> draft(long consultationId) {
		return queries.draft(consultationId);
	}

	public List<Invitee> invitees(long consultationId) {
		var rows = queries.invitations(consultationId);
		Map<Long, String> names = organisations.names(rows.stream().map(r -> r.organisationId()).toList());
		return rows.stream()
			.map(r -> new Invitee(r.organisationId(), names.getOrDefault(r.organisationId(), ""),
					r.invitedAt().toInstant(), r.responseId(), r.respondedAt() == null ? null : r.respondedAt().toInstant()))
			.sorted(Comparator.comparing(Invitee::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private Set<Long> invitedIds(long consultationId) {
		return queries.invitedOrganisations(consultationId);
	}

	/** Per goal of the draft: how many support, want changes, oppose, have no view or did not answer. */
	public Consensus consensus(long consultationId) {
		List<DraftGoal> draft = queries.draft(consultationId);
		Map<Long, Map<Stance, Long>> counts = queries.stanceCounts(consultationId);
		List<ConsultationResponse> all = responses.findByConsultationId(consultationId);
		Set<Long> organisationIds = new LinkedHashSet<>(invitedIds(consultationId));
		all.forEach(r -> organisationIds.add(r.organisationId()));
		Map<Long, String> names = organisations.names(organisationIds);
		Map<Long, List<StanceView>> stancesByGoal = queries.stances(consultationId, names).stream()
			.sorted(Comparator.comparing(StanceView::stance).thenComparing(StanceView::organisationName,
					String.CASE_INSENSITIVE_ORDER))
			.collect(Collectors.groupingBy(StanceView::goalId, LinkedHashMap::new, Collectors.toList()));
		List<ConsensusRow> rows = new ArrayList<>();
		for (DraftGoal goal : draft) {
			Map<Stance, Long> c = counts.getOrDefault(goal.goalId(), new EnumMap<>(Stance.class));
			long supports = c.getOrDefault(Stance.SUPPORTS, 0L);
			long withChanges = c.getOrDefault(Stance.SUPPORTS_WITH_CHANGES, 0L);
			long opposes = c.getOrDefault(Stance.OPPOSES, 0L);
			long noView = c.getOrDefault(Stance.NO_VIEW, 0L);
			long notAnswered = Math.max(0, all.size() - supports - withChanges - opposes - noView);
			rows.add(new ConsensusRow(goal, supports, withChanges, opposes, noView, notAnswered,
					Agreement.of(supports, withChanges, opposes), stancesByGoal.getOrDefault(goal.goalId(), List.of())));
		}
		return new Consensus(organisationIds.size(), all.size(), rows);
	}

	/** Each goal of the draft against the strategy now (the adopted version once adopted), and the goals added since. */
	public List<GoalChange> changes(long consultationId) {
		Consultation consultation = get(consultationId);
		List<DraftGoal> draft = queries.draft(consultationId);
		List<GoalNode> current = goals.tree(strategyOf(consultation));
		Map<Long, GoalNode> currentById = new LinkedHashMap<>();
		current.forEach(n -> currentById.put(n.goal().id(), n));
		Set<Long> inDraft = draft.stream().map(DraftGoal::goalId).collect(Collectors.toSet());
		List<GoalChange> changes = new ArrayList<>();
		for (DraftGoal d : draft) {
			GoalNode node = currentById.get(d.goalId());
			Goal now = node == null ? null : node.goal();
			if (now == null || now.retired()) {
				changes.add(new GoalChange(d.goalId(), ChangeKind.RETIRED, d, d.level(), now == null ? null : now.code(),
						now == null ? null : now.title(), now == null ? null : now.description(), List.of(), List.of(),
						d.depth()));
				continue;
			}
			boolean same = Objects.equals(d.code(), now.code()) && Objects.equals(d.title(), now.title())
					&& Objects.equals(Text.blank(d.description()), Text.blank(now.description()))
					&& Objects.equals(d.parentId(), now.parentId()) && d.level() == now.level();
			changes.add(new GoalChange(d.goalId(), same ? ChangeKind.UNCHANGED : ChangeKind.CHANGED, d, now.level(),
					now.code(), now.title(), now.description(), WordDiff.of(d.title(), now.title()),
					WordDiff.of(d.description(), now.description()), d.depth()));
		}
		for (GoalNode node : current) {
			Goal g = node.goal();
			if (!inDraft.contains(g.id()) && !g.retired()) {
				changes.add(new GoalChange(g.id(), ChangeKind.ADDED, null, g.level(), g.code(), g.title(), g.description(),
						WordDiff.of(null, g.title()), WordDiff.of(null, g.description()), node.depth()));
			}
		}
		return changes;
	}

	public Optional<ResponseView> response(long consultationId, long organisationId) {
		return responses.findByConsultationIdAndOrganisationId(consultationId, organisationId).map(r -> {
			Map<Long, String> names = organisations.names(List.of(organisationId));
			List<StanceView> stances = queries.stancesOfResponse(r.id(), organisationId,
					names.getOrDefault(organisationId, ""));
			return new ResponseView(r.id(), organisationId, names.getOrDefault(organisationId, ""), r.summary(),
					r.submittedBy(), r.submittedAt(), r.updatedAt(), stances);
		});
	}

	/** All responses with their stances, in three queries, for the API and CSV. */
	public List<ResponseView> responses(long consultationId) {
		List<ConsultationResponse> all = responses.findByConsultationId(consultationId);
		Map<Long, String> names = organisations.names(all.stream().map(ConsultationResponse::organisationId).toList());
		Map<Long, List<StanceView>> byOrganisation = queries.stances(consultationId, names).stream()
			.collect(Collectors.groupingBy(StanceView::organisationId));
		return all.stream()
			.map(r -> new ResponseView(r.id(), r.organisationId(), names.getOrDefault(r.organisationId(), ""), r.summary(),
					r.submittedBy(), r.submittedAt(), r.updatedAt(),
					byOrganisation.getOrDefault(r.organisationId(), List.of())))
			.sorted(Comparator.comparing(ResponseView::organisationName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** The response form filled with what the organisation answered before, one entry per goal of the draft. */
	public ResponseForm responseForm(long consultationId, long organisationId) {
		Map<Long, StanceView> before = response(consultationId, organisationId)
			.map(r -> r.stances().stream().collect(Collectors.toMap(StanceView::goalId, s -> s)))
			.orElse(Map.of());
		List<ResponseForm.StanceEntry> entries = new ArrayList<>();
		for (DraftGoal goal : queries.draft(consultationId)) {
			StanceView s = before.get(goal.goalId());
			entries.add(new ResponseForm.StanceEntry(goal.goalId(), s == null ? null : s.stance(),
					s == null ? "" : s.remark()));
		}
		String summary = response(consultationId, organisationId).map(ResponseView::summary).orElse("");
		return new ResponseForm(summary, entries);
	}

	/** The mailbox; e-mail addresses only for those who run the consultation. */
	public List<ConsultationComment> comments(long consultationId) {
		permissions.requireSignedIn();
		Consultation consultation = get(consultationId);
		boolean showEmail = canEdit(consultation);
		return comments.findByConsultationIdOrderBySubmittedAtAsc(consultationId).stream()
			.map(c -> showEmail ? c : new ConsultationComment(c.id(), c.consultationId(), c.goalId(), c.body(),
					c.authorName(), null, c.authorOrganisation(), c.submittedAt()))
			.toList();
	}

	public long commentCount(long consultationId) {
		return comments.countByConsultationId(consultationId);
	}

	/** Strategies the current user may open a consultation on. */
	public List<Strategy> strategyChoices() {
		return strategies.editable();
	}

	@Transactional
	public Consultation create(ConsultationForm form) {
		Strategy strategy = strategies.get(form.strategyId());
		strategies.requireEditor(strategy);
		InvalidInputException.throwFirst(problems(form));
		Instant now = Instant.now();
		Consultation saved = repository.save(new Consultation(null, null, strategy.id(), form.title().trim(),
				Text.blank(form.description()), form.opensOn(), form.closesOn(), Text.blank(form.documentUrl()),
				now, now));
		queries.snapshot(saved.id(), strategy.id());
		audit.created(AUDIT_TYPE, saved.id(), saved.auditValues());
		return saved;
	}

	@Transactional
	public Consultation update(long id, ConsultationForm form, Long expectedVersion) {
		Consultation before = get(id);
		strategies.requireEditor(strategyOf(before));
		if (!Objects.equals(before.strategyId(), form.strategyId())) {
			throw new InvalidInputException("strategyId", "strategy.consultation.strategy.fixed");
		}
		InvalidInputException.throwFirst(problems(form));
		Consultation saved = repository.save(new Consultation(id, expectedVersion != null ? expectedVersion : before.version(),
				before.strategyId(), form.title().trim(), Text.blank(form.description()), form.opensOn(),
				form.closesOn(), Text.blank(form.documentUrl()), before.createdAt(), Instant.now()));
		audit.updated(AUDIT_TYPE, id, before.auditValues(), saved.auditValues());
		return saved;
	}

	@Transactional
	public void delete(long id) {
		Consultation before = get(id);
		strategies.requireEditor(strategyOf(before));
		repository.deleteById(id);
		audit.deleted(AUDIT_TYPE, id, before.auditValues());
	}

	/** Takes the draft again from the strategy's goals as they read now; only before anyone has answered. */
	@Transactional
	public void refreshDraft(long id) {
		Consultation consultation = get(id);
		strategies.requireEditor(strategyOf(consultation));
		if (!responses.findByConsultationId(id).isEmpty()) {
			throw new InvalidInputException("draft", "strategy.consultation.draft.hasResponses");
		}
		queries.snapshot(id, consultation.strategyId());
		audit.event(AUDIT_TYPE, id, AuditAction.UPDATE, "draft goals taken again from the strategy");
	}

	@Transactional
	public int invite(long id, List<Long> organisationIds) {
		Consultation consultation = get(id);
		strategies.requireEditor(strategyOf(consultation));
		Set<Long> already = invitedIds(id);
		Set<Long> wanted = new LinkedHashSet<>(organisationIds == null ? List.of() : organisationIds);
		wanted.remove(null);
		Map<Long, String> known = organisations.names(wanted);
		if (!known.keySet().containsAll(wanted)) {
			throw new InvalidInputException("organisationIds", "strategy.consultation.invite.unknown");
		}
		int added = 0;
		Instant now = Instant.now();
		for (Long organisationId : wanted) {
			if (already.add(organisationId)) {
				queries.insertInvitation(id, organisationId, now);
				audit.event(AUDIT_TYPE, id, AuditAction.UPDATE, "invited organisation " + organisationId);
				added++;
			}
		}
		return added;
	}

	/** Withdraws an invitation; refused once the organisation has answered. */
	@Transactional
	public void uninvite(long id, long organisationId) {
		Consultation consultation = get(id);
		strategies.requireEditor(strategyOf(consultation));
		if (responses.findByConsultationIdAndOrganisationId(id, organisationId).isPresent()) {
			throw new InvalidInputException("organisationIds", "strategy.consultation.invite.hasResponse");
		}
		queries.deleteInvitation(id, organisationId);
		audit.event(AUDIT_TYPE, id, AuditAction.UPDATE, "withdrew invitation of organisation " + organisationId);
	}

	/**
	 * Saves an invited organisation's response (replacing an earlier one): an editor of that
	 * organisation while the consultation is open, or an administrator at any time.
	 */
	@Transactional
	public ConsultationResponse respond(long id, long organisationId, ResponseForm form) {
		Consultation consultation = get(id);
		CurrentUser user = permissions.requireEditorOf(organisationId);
		if (!invitedIds(id).contains(organisationId)) {
			throw new InvalidInputException("stances", "strategy.response.notInvited");
		}
		if (!user.isAdmin() && phase(consultation) != ConsultationPhase.OPEN) {
			throw new InvalidInputException("stances", "strategy.response.notOpen");
		}
		Set<Long> draftGoals = queries.draft(id).stream().map(DraftGoal::goalId).collect(Collectors.toSet());
		Map<Long, ResponseForm.StanceEntry> stances = new LinkedHashMap<>();
		for (ResponseForm.StanceEntry entry : form.getStances()) {
			if (entry == null || entry.getStance() == null) {
				continue;
			}
			if (entry.getGoalId() == null || !draftGoals.contains(entry.getGoalId())) {
				throw new InvalidInputException("stances", "strategy.response.unknownGoal");
			}
			if (stances.put(entry.getGoalId(), entry) != null) {
				throw new InvalidInputException("stances", "strategy.response.duplicateGoal");
			}
		}
		Instant now = Instant.now();
		Optional<ConsultationResponse> before = responses.findByConsultationIdAndOrganisationId(id, organisationId);
		Map<String, Object> oldValues = before.map(r -> auditValues(r.summary(), stancesOf(r.id()))).orElse(null);
		ConsultationResponse saved = responses.save(new ConsultationResponse(before.map(ConsultationResponse::id).orElse(null),
				before.map(ConsultationResponse::version).orElse(null), id, organisationId, Text.blank(form.getSummary()),
				user.username(), before.map(ConsultationResponse::submittedAt).orElse(now), now));
		queries.replaceStances(saved.id(), stances.values());
		Map<String, Object> newValues = auditValues(saved.summary(), stancesOf(saved.id()));
		if (oldValues == null) {
			audit.created(RESPONSE_AUDIT_TYPE, saved.id(), newValues);
		}
		else {
			audit.updated(RESPONSE_AUDIT_TYPE, saved.id(), oldValues, newValues);
		}
		return saved;
	}

	private Map<String, String> stancesOf(long responseId) {
		Map<String, String> stances = new LinkedHashMap<>();
		queries.stancesByGoal(responseId).forEach((goal, stance) -> stances.put("goal " + goal, stance.name()));
		return stances;
	}

	private static Map<String, Object> auditValues(String summary, Map<String, String> stances) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("summary", summary);
		values.putAll(stances);
		return values;
	}

	/** A comment in the open mailbox, from anyone, while the consultation is open. */
	@Transactional
	public ConsultationComment comment(long id, CommentForm form) {
		Consultation consultation = getVisible(id);
		if (phase(consultation) != ConsultationPhase.OPEN) {
			throw new InvalidInputException("body", "strategy.comment.notOpen");
		}
		if (form.goalId() != null
				&& queries.draft(id).stream().noneMatch(g -> g.goalId() == form.goalId().longValue())) {
			throw new InvalidInputException("goalId", "strategy.response.unknownGoal");
		}
		return comments.save(new ConsultationComment(null, id, form.goalId(), form.body().trim(),
				Text.blank(form.authorName()), Text.blank(form.authorEmail()), Text.blank(form.authorOrganisation()),
				Instant.now()));
	}

	/** Removes a comment (spam, or on the writer's request); no personal data goes to the audit log. */
	@Transactional
	public void deleteComment(long id, long commentId) {
		Consultation consultation = get(id);
		strategies.requireEditor(strategyOf(consultation));
		ConsultationComment comment = comments.findById(commentId)
			.filter(c -> c.consultationId().equals(id))
			.orElseThrow(() -> new NotFoundException("Comment", commentId));
		comments.delete(comment);
		audit.event(COMMENT_AUDIT_TYPE, commentId, AuditAction.DELETE, "comment removed from consultation " + id);
	}

	public List<InvalidInputException> problems(ConsultationForm form) {
		List<InvalidInputException> problems = new ArrayList<>();
		if (form.opensOn() != null && form.closesOn() != null && form.closesOn().isBefore(form.opensOn())) {
			problems.add(new InvalidInputException("closesOn", "strategy.consultation.period.order"));
		}
		return problems;
	}

}
