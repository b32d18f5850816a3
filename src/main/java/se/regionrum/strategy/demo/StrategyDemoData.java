package se.regionrum.strategy.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.platform.CsvImport;
import se.regionrum.platform.DemoData;
import se.regionrum.platform.SystemUser;
import se.regionrum.strategy.GoalLevel;
import se.regionrum.strategy.StrategyKind;
import se.regionrum.strategy.StrategyStatus;
import se.regionrum.strategy.consultation.CommentForm;
import se.regionrum.strategy.consultation.Consultation;
import se.regionrum.strategy.consultation.ConsultationForm;
import se.regionrum.strategy.consultation.ConsultationQueries;
import se.regionrum.strategy.consultation.ConsultationService;
import se.regionrum.strategy.consultation.ResponseForm;
import se.regionrum.strategy.consultation.Stance;
import se.regionrum.strategy.goal.Goal;
import se.regionrum.strategy.goal.GoalForm;
import se.regionrum.strategy.goal.GoalNode;
import se.regionrum.strategy.goal.GoalService;
import se.regionrum.strategy.issue.Answer;
import se.regionrum.strategy.issue.IssueForm;
import se.regionrum.strategy.issue.IssueQueries;
import se.regionrum.strategy.issue.IssueService;
import se.regionrum.strategy.issue.RegionRole;
import se.regionrum.strategy.plan.PlanForm;
import se.regionrum.strategy.plan.PlanQueries;
import se.regionrum.strategy.plan.PlanService;
import se.regionrum.strategy.plan.PlanType;
import se.regionrum.strategy.plan.PlanTypeService;
import se.regionrum.strategy.strategy.Strategy;
import se.regionrum.strategy.strategy.StrategyForm;
import se.regionrum.strategy.strategy.StrategyQueries;
import se.regionrum.strategy.strategy.StrategyService;

/**
 * Loads the strategy module's demo data of a data set (default Dalarna) from
 * {@code demo/<dataset>/strategy/}: strategies with their goals, plans for every municipality, a
 * consultation with responses and comments, and classified issues. Runs after the actors demo
 * data, through the services as the system user. With mode {@code if-empty} it loads when the
 * module's tables are empty; with {@code always} it adds what is missing; {@code never} switches
 * it off. Organisations are looked up by SCB code or name; what refers to a missing one is
 * skipped with a warning.
 */
@Component
public class StrategyDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(StrategyDemoData.class);

	private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");


	private final String dataset;

	private final Organisations organisations;

	private final StrategyService strategies;

	private final GoalService goals;

	private final PlanService plans;

	private final PlanTypeService planTypes;

	private final ConsultationService consultations;

	private final IssueService issues;

	private final StrategyQueries strategyQueries;

	private final PlanQueries planQueries;

	private final ConsultationQueries consultationQueries;

	private final IssueQueries issueQueries;

	StrategyDemoData(@Value("${regionrum.demo.dataset:dalarna}") String dataset, Organisations organisations,
			StrategyService strategies, GoalService goals, PlanService plans, PlanTypeService planTypes,
			ConsultationService consultations, IssueService issues, StrategyQueries strategyQueries,
			PlanQueries planQueries, ConsultationQueries consultationQueries, IssueQueries issueQueries) {
		this.dataset = dataset == null || dataset.isBlank() ? "dalarna" : dataset.trim();
		this.organisations = organisations;
		this.strategies = strategies;
		this.goals = goals;
		this.plans = plans;
		this.planTypes = planTypes;
		this.consultations = consultations;
		this.issues = issues;
		this.strategyQueries = strategyQueries;
		this.planQueries = planQueries;
		this.consultationQueries = consultationQueries;
		this.issueQueries = issueQueries;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public boolean holdsNoData() {
		return moduleIsEmpty();
	}

	@Override
	public void loadMissing() {
		load(dataset);
	}

	boolean moduleIsEmpty() {
		return strategyQueries.countAll() + planQueries.countAll() + issueQueries.countAll() == 0;
	}

	/** Adds whatever of the data set is missing; safe to run again. */
	public void load(String name) {
		String base = "demo/" + name + "/strategy/";
		if (!new ClassPathResource(base + "strategies.yaml").exists()) {
			log.warn("No strategy demo data for data set '{}' (looked for {}strategies.yaml)", name, base);
			return;
		}
		if (organisations.municipalities().isEmpty()) {
			log.warn("Strategy demo data of '{}' not loaded: there are no municipalities in the organisation register yet", name);
			return;
		}
		SystemUser.run(() -> {
			Map<String, Strategy> byKey = loadStrategies(yaml(base + "strategies.yaml"));
			loadPlans(base + "plans.csv");
			Resource consultation = new ClassPathResource(base + "consultation.yaml");
			if (consultation.exists()) {
				loadConsultation(yaml(base + "consultation.yaml"), byKey);
			}
			Resource issueFile = new ClassPathResource(base + "issues.yaml");
			if (issueFile.exists()) {
				loadIssues(yaml(base + "issues.yaml"), byKey);
			}
		});
	}

	// --- strategies and goals

	private Map<String, Strategy> loadStrategies(Map<String, Object> data) {
		Map<String, Strategy> byKey = new LinkedHashMap<>();
		for (Map<String, Object> s : maps(data.get("strategies"))) {
			Optional<OrganisationRef> owner = organisation(map(s.get("owner")));
			if (owner.isEmpty()) {
				log.warn("Demo strategy '{}' skipped: its owner {} is not in the organisation register", s.get("name"),
						s.get("owner"));
				continue;
			}
			String name = text(s.get("name"));
			Strategy strategy = findStrategy(name).orElse(null);
			if (strategy == null) {
				strategy = strategies.create(new StrategyForm(name, StrategyKind.valueOf(text(s.get("kind"))),
						owner.get().id(), integer(s.get("periodStart")), integer(s.get("periodEnd")),
						StrategyStatus.valueOf(text(s.get("status"))), date(s.get("adoptedOn")), text(s.get("documentUrl")),
						text(s.get("description")), Boolean.TRUE.equals(s.get("published"))));
				addGoals(strategy.id(), null, 0, maps(s.get("goals")));
			}
			byKey.put(text(s.get("key")), strategy);
		}
		return byKey;
	}

	private void addGoals(long strategyId, Long parentId, int depth, List<Map<String, Object>> items) {
		GoalLevel level = depth == 0 ? GoalLevel.GOAL_AREA : depth == 1 ? GoalLevel.GOAL : GoalLevel.PRIORITY;
		for (Map<String, Object> g : items) {
			Goal goal = goals.add(strategyId, new GoalForm(level, parentId, text(g.get("code")), text(g.get("title")),
					text(g.get("description")), municipalityIds(g.get("municipalities"))));
			addGoals(strategyId, goal.id(), depth + 1, maps(g.get("children")));
		}
	}

	private Optional<Strategy> findStrategy(String name) {
		return strategyQueries.idByName(name).map(strategies::get);
	}

	// --- plans

	private void loadPlans(String path) {
		Resource resource = new ClassPathResource(path);
		if (!resource.exists()) {
			return;
		}
		String text;
		try (InputStream in = resource.getInputStream()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + path, ex);
		}
		String withoutComments = text.lines().filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n"));
		Map<String, PlanType> types = planTypes.all().stream().collect(Collectors.toMap(PlanType::code, t -> t));
		Map<String, Optional<OrganisationRef>> municipalities = new HashMap<>();
		int skipped = 0;
		for (CsvImport.Row row : CsvImport.read(withoutComments.getBytes(StandardCharsets.UTF_8),
				List.of("scb_code", "type", "title", "adopted_on"))) {
			Optional<OrganisationRef> municipality = municipalities.computeIfAbsent(row.get("scb_code"),
					organisations::findByScbCode);
			PlanType type = types.get(row.get("type"));
			if (municipality.isEmpty() || type == null) {
				skipped++;
				continue;
			}
			LocalDate adopted = LocalDate.parse(row.get("adopted_on"));
			if (!planQueries.exists(municipality.get().id(), type.id(), row.get("title"), adopted)) {
				plans.create(new PlanForm(municipality.get().id(), type.id(), row.get("title"), adopted,
						row.get("valid_until").isEmpty() ? null : LocalDate.parse(row.get("valid_until")),
						row.get("document_url"), row.get("note")));
			}
		}
		if (skipped > 0) {
			log.warn("{} demo plans skipped: their municipality (SCB code) or plan type is missing", skipped);
		}
	}

	// --- the consultation of a revision

	private void loadConsultation(Map<String, Object> data, Map<String, Strategy> byKey) {
		Map<String, Object> revision = map(data.get("revision"));
		Map<String, Object> c = map(data.get("consultation"));
		Strategy original = byKey.get(text(revision.get("of")));
		if (original == null) {
			log.warn("Demo consultation skipped: the strategy it revises was not loaded");
			return;
		}
		String title = text(c.get("title"));
		if (consultationQueries.existsWithTitle(title)) {
			return;
		}
		String name = text(revision.get("name"));
		Strategy existing = findStrategy(name).orElse(null);
		if (existing == null) {
			Strategy copy = strategies.createRevision(original.id(), name);
			existing = strategies.update(copy.id(), new StrategyForm(name, copy.kind(), copy.ownerOrganisationId(),
					integer(revision.get("periodStart")), integer(revision.get("periodEnd")),
					StrategyStatus.valueOf(text(revision.get("status"))), null, null, text(revision.get("description")),
					Boolean.TRUE.equals(revision.get("published"))), null);
			applyChanges(existing, maps(revision.get("draftChanges")));
		}
		Strategy draft = existing;
		LocalDate today = LocalDate.now(ZONE);
		Consultation consultation = consultations.create(new ConsultationForm(draft.id(), title,
				text(c.get("description")), today.plusDays(integer(c.get("opensInDays"))),
				today.plusDays(integer(c.get("closesInDays"))), text(c.get("documentUrl"))));
		List<Long> invited = new ArrayList<>();
		for (Map<String, Object> ref : maps(c.get("invite"))) {
			organisation(ref).ifPresentOrElse(o -> invited.add(o.id()),
					() -> log.warn("Demo consultation: invited organisation {} is not in the register", ref));
		}
		consultations.invite(consultation.id(), invited);
		Map<String, Long> goalIds = goalIdsByCode(draft);
		for (Map<String, Object> response : maps(c.get("responses"))) {
			Optional<OrganisationRef> organisation = organisation(map(response.get("organisation")));
			if (organisation.isEmpty() || !invited.contains(organisation.get().id())) {
				continue;
			}
			List<ResponseForm.StanceEntry> entries = new ArrayList<>();
			map(response.get("stances")).forEach((code, value) -> {
				Long goalId = goalIds.get(code);
				if (goalId == null) {
					log.warn("Demo response: no goal {} in {}", code, draft.name());
					return;
				}
				Map<String, Object> stance = value instanceof Map<?, ?> ? map(value) : Map.of("stance", value);
				entries.add(new ResponseForm.StanceEntry(goalId, Stance.valueOf(text(stance.get("stance"))),
						text(stance.get("remark"))));
			});
			consultations.respond(consultation.id(), organisation.get().id(),
					new ResponseForm(text(response.get("summary")), entries));
		}
		for (Map<String, Object> comment : maps(c.get("comments"))) {
			consultations.comment(consultation.id(), new CommentForm(comment.get("goal") == null ? null
					: goalIds.get(text(comment.get("goal"))), text(comment.get("body")), text(comment.get("name")),
					text(comment.get("email")), text(comment.get("organisation"))));
		}
		applyChanges(draft, maps(c.containsKey("afterConsultation") ? c.get("afterConsultation") : data.get("afterConsultation")));
	}

	/** Retires, changes and adds goals of a strategy, named by their codes. */
	private void applyChanges(Strategy strategy, List<Map<String, Object>> changes) {
		for (Map<String, Object> change : changes) {
			Map<String, Long> ids = goalIdsByCode(strategy);
			if (change.containsKey("retire")) {
				Long id = ids.get(text(change.get("retire")));
				if (id != null) {
					goals.retire(id, text(change.get("note")));
				}
			}
			else if (change.containsKey("change")) {
				Long id = ids.get(text(change.get("change")));
				if (id != null) {
					Goal goal = goals.get(id);
					String title = change.containsKey("title") ? text(change.get("title")) : goal.title();
					String description = change.containsKey("description") ? text(change.get("description"))
							: goal.description();
					goals.update(id, new GoalForm(goal.level(), goal.parentId(), goal.code(), title, description,
							goals.municipalityIds(id)), null);
				}
			}
			else if (change.containsKey("add")) {
				Map<String, Object> add = map(change.get("add"));
				Long parent = add.get("parent") == null ? null : ids.get(text(add.get("parent")));
				GoalLevel level = parent == null ? GoalLevel.GOAL_AREA
						: goals.get(parent).level() == GoalLevel.GOAL_AREA ? GoalLevel.GOAL : GoalLevel.PRIORITY;
				goals.add(strategy.id(), new GoalForm(level, parent, text(add.get("code")), text(add.get("title")),
						text(add.get("description")), municipalityIds(add.get("municipalities"))));
			}
		}
	}

	private Map<String, Long> goalIdsByCode(Strategy strategy) {
		Map<String, Long> ids = new HashMap<>();
		for (GoalNode node : goals.tree(strategy)) {
			if (node.goal().code() != null && !node.goal().retired()) {
				ids.put(node.goal().code(), node.goal().id());
			}
		}
		return ids;
	}

	// --- issues

	private void loadIssues(Map<String, Object> data, Map<String, Strategy> byKey) {
		Map<String, Map<String, Long>> codesByStrategy = new HashMap<>();
		for (Map<String, Object> i : maps(data.get("issues"))) {
			String title = text(i.get("title"));
			if (issueQueries.existsWithTitle(title)) {
				continue;
			}
			Optional<OrganisationRef> owner = organisation(map(i.get("owner")));
			if (owner.isEmpty()) {
				log.warn("Demo issue '{}' skipped: its owner {} is not in the register", title, i.get("owner"));
				continue;
			}
			List<Long> goalIds = new ArrayList<>();
			map(i.get("goals")).forEach((key, codes) -> {
				Strategy strategy = byKey.get(key);
				if (strategy == null) {
					return;
				}
				Map<String, Long> ids = codesByStrategy.computeIfAbsent(key, k -> goalIdsByCode(strategy));
				for (Object code : list(codes)) {
					Long id = ids.get(String.valueOf(code));
					if (id != null) {
						goalIds.add(id);
					}
				}
			});
			issues.create(new IssueForm(title, text(i.get("description")), owner.get().id(), answer(i.get("placeBound")),
					answer(i.get("regionalLevel")),
					i.get("regionRole") == null ? null : RegionRole.valueOf(text(i.get("regionRole"))),
					text(i.get("regionAspect")), Boolean.TRUE.equals(i.get("published")), goalIds,
					municipalityIds(i.get("municipalities")), null));
		}
	}

	// --- helpers for the loosely typed YAML

	private Optional<OrganisationRef> organisation(Map<String, Object> ref) {
		if (ref.get("scb") != null) {
			return organisations.findByScbCode(String.valueOf(ref.get("scb")));
		}
		if (ref.get("name") != null) {
			return organisations.findByName(text(ref.get("name")));
		}
		return Optional.empty();
	}

	private List<Long> municipalityIds(Object codes) {
		List<Long> ids = new ArrayList<>();
		for (Object code : list(codes)) {
			organisations.findByScbCode(String.valueOf(code)).ifPresent(o -> ids.add(o.id()));
		}
		return ids;
	}

	private static Answer answer(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Boolean yes) {
			return yes ? Answer.YES : Answer.NO;
		}
		return Answer.valueOf(String.valueOf(value).toUpperCase(Locale.ROOT));
	}

	private static Map<String, Object> yaml(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			Map<String, Object> data = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			return data == null ? Map.of() : data;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + path, ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
	}

	private static List<Object> list(Object value) {
		return value instanceof List<?> l ? new ArrayList<>(l) : List.of();
	}

	private static List<Map<String, Object>> maps(Object value) {
		return list(value).stream().map(StrategyDemoData::map).toList();
	}

	private static String text(Object value) {
		return value == null ? null : String.valueOf(value).trim();
	}

	private static Integer integer(Object value) {
		return value == null ? null : value instanceof Number n ? n.intValue() : Integer.valueOf(String.valueOf(value));
	}

	private static LocalDate date(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Date d) {
			return d.toInstant().atZone(ZoneId.of("UTC")).toLocalDate();
		}
		return LocalDate.parse(String.valueOf(value));
	}

}
