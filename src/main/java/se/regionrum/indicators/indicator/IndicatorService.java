package se.regionrum.indicators.indicator;

import static se.regionrum.platform.Text.blank;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.actors.OrganisationKind;
import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.indicators.Areas;
import se.regionrum.indicators.GoalIndicator;
import se.regionrum.indicators.IndicatorSource;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.Permissions;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.Goals;

/**
 * Creating, changing and deleting indicators with their goal links and targets. Anyone reads
 * indicators; only the region's administrators and the editors of the region's own organisation (the
 * regional development actor that follows up its strategy) change them. Every change goes to the audit
 * log, the goal links with it.
 */
@Service
public class IndicatorService {

	static final String AUDIT_INDICATOR = "indicator";

	/** Targets further back or ahead than this are typing mistakes, not targets. */
	static final int FIRST_TARGET_YEAR = 1990;

	static final int LAST_TARGET_YEAR = 2100;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.\\-]{1,40}");

	private final IndicatorRepository indicators;

	private final IndicatorQueries queries;

	private final Goals goals;

	private final Organisations organisations;

	private final Areas areas;

	private final Permissions permissions;

	private final AuditLog audit;

	private final Clock clock;

	IndicatorService(IndicatorRepository indicators, IndicatorQueries queries, Goals goals,
			Organisations organisations, Areas areas, Permissions permissions, AuditLog audit) {
		this.indicators = indicators;
		this.queries = queries;
		this.goals = goals;
		this.organisations = organisations;
		this.areas = areas;
		this.permissions = permissions;
		this.audit = audit;
		this.clock = Clock.systemUTC();
	}

	// reading: public

	@Transactional(readOnly = true)
	public Indicator get(long id) {
		return indicators.findById(id).orElseThrow(() -> new NotFoundException("Indicator", id));
	}

	/** Whether the current user may create, change and delete indicators (to show the buttons). */
	public boolean canChange() {
		if (!permissions.isSignedIn()) {
			return false;
		}
		Optional<Long> region = regionOrganisationId();
		return region.isPresent() ? permissions.canEdit(region.get()) : permissions.isAdmin();
	}

	// changing

	@Transactional
	public Indicator create(IndicatorForm form) {
		requireChange();
		check(problems(null, form));
		Instant now = clock.instant();
		Indicator saved = save(new Indicator(null, null, form.getCode().strip(), form.getName().strip(),
				form.getUnit().strip(), blank(form.getDescription()), form.getSource(), blank(form.getSourceId()),
				blank(form.getSourceContents()), form.isHigherIsBetter(), now, now));
		List<GoalIndicator> links = links(saved.id(), form);
		replaceGoalLinks(saved.id(), links);
		audit.created(AUDIT_INDICATOR, saved.id(), auditValues(saved, links));
		return saved;
	}

	@Transactional
	public Indicator update(long id, IndicatorForm form) {
		requireChange();
		Indicator before = get(id);
		List<GoalIndicator> linksBefore = queries.linksOfIndicator(id);
		check(problems(id, form));
		Indicator saved = save(new Indicator(id, before.version(), form.getCode().strip(), form.getName().strip(),
				form.getUnit().strip(), blank(form.getDescription()), form.getSource(), blank(form.getSourceId()),
				blank(form.getSourceContents()), form.isHigherIsBetter(), before.createdAt(), clock.instant()));
		List<GoalIndicator> links = links(id, form);
		replaceGoalLinks(id, links);
		audit.updated(AUDIT_INDICATOR, id, auditValues(before, linksBefore), auditValues(saved, links));
		return saved;
	}

	/** Deletes the indicator with its goal links and values. */
	@Transactional
	public void delete(long id) {
		requireChange();
		Indicator before = get(id);
		List<GoalIndicator> links = queries.linksOfIndicator(id);
		indicators.deleteById(id);
		audit.deleted(AUDIT_INDICATOR, id, auditValues(before, links));
	}

	// rules

	/** What is wrong with the form for a new indicator ({@code id} null) or for the one with that id. */
	@Transactional(readOnly = true)
	public List<InvalidInputException> problems(Long id, IndicatorForm form) {
		List<InvalidInputException> problems = new ArrayList<>();
		String code = blank(form.getCode());
		if (code != null) {
			if (!CODE.matcher(code).matches()) {
				problems.add(new InvalidInputException("code", "indicators.indicator.code.invalid"));
			}
			else if (id == null ? indicators.existsByCodeIgnoreCase(code)
					: indicators.existsByCodeIgnoreCaseAndIdNot(code, id)) {
				problems.add(new InvalidInputException("code", "indicators.indicator.code.taken"));
			}
		}
		if (form.getSource() != null && form.getSource() != IndicatorSource.OWN && blank(form.getSourceId()) == null) {
			problems.add(new InvalidInputException("sourceId", "indicators.indicator.sourceId.required"));
		}
		List<GoalLinkForm> rows = form.getGoals();
		List<Long> goalIds = rows.stream().map(GoalLinkForm::getGoalId).filter(g -> g != null).toList();
		Map<Long, GoalRef> found = goalIds.isEmpty() ? Map.of() : goals.findAll(goalIds);
		Set<Long> before = id == null ? Set.of()
				: new HashSet<>(queries.linksOfIndicator(id).stream().map(GoalIndicator::goalId).toList());
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			GoalLinkForm row = rows.get(i);
			String prefix = "goals[" + i + "].";
			if (row.empty()) {
				continue;
			}
			if (row.getGoalId() == null) {
				problems.add(new InvalidInputException(prefix + "goalId", "indicators.indicator.goal.required"));
			}
			else if (!found.containsKey(row.getGoalId())) {
				problems.add(new InvalidInputException(prefix + "goalId", "indicators.indicator.goal.unknown"));
			}
			else if (found.get(row.getGoalId()).retired() && !before.contains(row.getGoalId())) {
				problems.add(new InvalidInputException(prefix + "goalId", "indicators.indicator.goal.retired"));
			}
			else if (!seen.add(row.getGoalId())) {
				problems.add(new InvalidInputException(prefix + "goalId", "indicators.indicator.goal.twice"));
			}
			if (row.getTargetYear() != null
					&& (row.getTargetYear() < FIRST_TARGET_YEAR || row.getTargetYear() > LAST_TARGET_YEAR)) {
				problems.add(new InvalidInputException(prefix + "targetYear", "indicators.indicator.targetYear.range"));
			}
			else if (row.getTargetYear() != null && row.getTargetValue() == null) {
				problems.add(new InvalidInputException(prefix + "targetValue", "indicators.indicator.targetValue.required"));
			}
			if (row.getTargetValue() != null && (row.getTargetValue().isNaN() || row.getTargetValue().isInfinite())) {
				problems.add(new InvalidInputException(prefix + "targetValue", "indicators.indicator.targetValue.invalid"));
			}
		}
		return problems;
	}

	/** The current year, for forms that suggest a target year. */
	int currentYear() {
		return Year.now(clock).getValue();
	}

	private void requireChange() {
		Optional<Long> region = regionOrganisationId();
		if (region.isPresent()) {
			permissions.requireEditorOf(region.get());
		}
		else {
			permissions.requireAdmin();
		}
	}

	/** The region organisation of the installation's home county, whose editors may change indicators. */
	private Optional<Long> regionOrganisationId() {
		String county = areas.homeCountyCode();
		return organisations.register().stream()
			.filter(o -> o.kind() == OrganisationKind.REGION)
			.filter(o -> county.isEmpty() || county.equals(o.countyCode() == null ? null : o.countyCode().trim()))
			.map(OrganisationRef::id)
			.findFirst();
	}

	private static List<GoalIndicator> links(long indicatorId, IndicatorForm form) {
		List<GoalIndicator> links = new ArrayList<>();
		for (GoalLinkForm row : form.getGoals()) {
			if (row.getGoalId() != null) {
				links.add(new GoalIndicator(indicatorId, row.getGoalId(), row.getTargetValue(),
						row.getTargetValue() == null ? null : row.getTargetYear()));
			}
		}
		return links;
	}

	private Indicator save(Indicator indicator) {
		try {
			return indicators.save(indicator);
		}
		catch (DataIntegrityViolationException ex) {
			// another editor took the code at the same moment (unique index indicator_code)
			throw new InvalidInputException("code", "indicators.indicator.code.taken");
		}
	}

	private static Map<String, Object> auditValues(Indicator indicator, List<GoalIndicator> links) {
		Map<String, Object> values = new LinkedHashMap<>(indicator.auditValues());
		values.put("goals", links.stream()
			.map(l -> l.goalId() + (l.targetValue() == null ? ""
					: " (" + l.targetValue() + (l.targetYear() == null ? "" : " / " + l.targetYear()) + ")"))
			.sorted()
			.toList());
		return values;
	}

	private static void check(List<InvalidInputException> problems) {
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
	}

	static String normalisedCode(String code) {
		return code.strip().toUpperCase(Locale.ROOT);
	}

	/** The links are replaced as a whole, like a child collection of the indicator. */
	private void replaceGoalLinks(long indicatorId, List<GoalIndicator> links) {
		indicators.deleteGoalLinks(indicatorId);
		for (GoalIndicator link : links) {
			indicators.insertGoalLink(indicatorId, link.goalId(), link.targetValue(), link.targetYear());
		}
	}

}
