package se.regionrum.followup.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.actors.People;
import se.regionrum.actors.WorkingGroups;
import se.regionrum.dialogue.MeetingRef;
import se.regionrum.dialogue.Meetings;
import se.regionrum.followup.programme.ActionArea;
import se.regionrum.followup.programme.ActionAreaForm;
import se.regionrum.followup.programme.ActivityForm;
import se.regionrum.followup.programme.ActivityKind;
import se.regionrum.followup.programme.CostKind;
import se.regionrum.followup.programme.CostLineForm;
import se.regionrum.followup.programme.EvaluationForm;
import se.regionrum.followup.programme.EvaluationKind;
import se.regionrum.followup.programme.Measure;
import se.regionrum.followup.programme.MeasureKind;
import se.regionrum.followup.programme.Partner;
import se.regionrum.followup.programme.Programme;
import se.regionrum.followup.programme.ProgrammeCommand;
import se.regionrum.followup.programme.ProgrammeKind;
import se.regionrum.followup.programme.ProgrammeQueries;
import se.regionrum.followup.programme.ActionAreaService;
import se.regionrum.followup.programme.ActivityService;
import se.regionrum.followup.programme.CostLineService;
import se.regionrum.followup.programme.EvaluationService;
import se.regionrum.followup.programme.ProgrammeService;
import se.regionrum.followup.programme.ProgrammeStatus;
import se.regionrum.initiatives.Initiatives;
import se.regionrum.platform.DemoData;
import se.regionrum.platform.SystemUser;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.Goals;

/**
 * Loads the demo programmes of a data set ({@code demo/<dataset>/followup/programmes.yaml})
 * through the programme service as the system user, so that they are audited like any change.
 * Organisations, people, working groups, goals, meetings, surveys and initiatives are found by
 * name in the other modules; whatever is missing is skipped with a warning. Runs after the
 * dialogue demo (whose meetings it links), when no programme exists yet.
 */
@Component
public class FollowupDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(FollowupDemoData.class);


	private final String dataset;

	private final ProgrammeQueries programmeQueries;

	private final ProgrammeService programmes;

	private final ActionAreaService areaService;

	private final ActivityService activityService;

	private final CostLineService costService;

	private final EvaluationService evaluationService;

	private final Organisations organisations;

	private final People people;

	private final WorkingGroups workingGroups;

	private final Goals goals;

	private final Meetings meetings;

	private final Initiatives initiatives;

	FollowupDemoData(@Value("${regionrum.demo.dataset:dalarna}") String dataset, ProgrammeQueries programmeQueries,
			ProgrammeService programmes, ActionAreaService areaService, ActivityService activityService, CostLineService costService,
			EvaluationService evaluationService, Organisations organisations, People people, WorkingGroups workingGroups, Goals goals, Meetings meetings,
			Initiatives initiatives) {
		this.dataset = dataset;
		this.programmeQueries = programmeQueries;
		this.programmes = programmes;
		this.areaService = areaService;
		this.activityService = activityService;
		this.costService = costService;
		this.evaluationService = evaluationService;
		this.organisations = organisations;
		this.people = people;
		this.workingGroups = workingGroups;
		this.goals = goals;
		this.meetings = meetings;
		this.initiatives = initiatives;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public boolean holdsNoData() {
		return programmeQueries.countAll() == 0;
	}

	@Override
	public void loadMissing() {
		SystemUser.run(this::load);
	}

	/** Loads the programmes that do not exist yet (by name); returns how many were created. */
	@SuppressWarnings("unchecked")
	public int load() {
		ClassPathResource resource = new ClassPathResource("demo/" + dataset + "/followup/programmes.yaml");
		if (!resource.exists()) {
			return 0;
		}
		Map<String, Object> data;
		try (InputStream in = resource.getInputStream()) {
			data = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			log.warn("Demo programmes not loaded: {}", ex.getMessage());
			return 0;
		}
		int created = 0;
		for (Map<String, Object> p : (List<Map<String, Object>>) data.getOrDefault("programmes", List.of())) {
			String name = str(p.get("name"));
			if (programmeQueries.existsWithName(name)) {
				continue;
			}
			Optional<OrganisationRef> owner = organisations.findByName(str(p.get("owner")));
			if (owner.isEmpty()) {
				log.warn("Demo programme '{}' skipped: owner '{}' not found", name, p.get("owner"));
				continue;
			}
			create(p, owner.get());
			created++;
		}
		log.info("Demo data '{}': {} programmes", dataset, created);
		return created;
	}

	@SuppressWarnings("unchecked")
	private void create(Map<String, Object> p, OrganisationRef owner) {
		Map<String, Long> goalCodes = new HashMap<>();
		for (GoalRef goal : goals.regionalStrategyGoals()) {
			if (goal.code() != null) {
				goalCodes.putIfAbsent(goal.code(), goal.id());
			}
		}
		List<Long> goalIds = list(p.get("goals")).stream().map(c -> goalCodes.get(str(c))).filter(x -> x != null).toList();
		Long contact = people.choosable().stream().filter(x -> x.name().equals(str(p.get("contact"))))
			.map(People.PersonName::id).findFirst().orElse(null);
		Long group = p.get("workingGroup") == null ? null
				: workingGroups.findByName(str(p.get("workingGroup"))).map(WorkingGroups.WorkingGroupRef::id).orElse(null);
		List<Partner> partners = new ArrayList<>();
		for (Object o : list(p.get("partners"))) {
			Map<String, Object> x = (Map<String, Object>) o;
			partners.add(new Partner(null, str(x.get("name")), str(x.get("role"))));
		}
		List<Measure> measures = new ArrayList<>();
		for (Object o : list(p.get("measures"))) {
			Map<String, Object> x = (Map<String, Object>) o;
			measures.add(new Measure(MeasureKind.valueOf(str(x.get("kind"))), str(x.get("planType"))));
		}
		Map<String, Long> initiativeIds = new HashMap<>();
		initiatives.choosable().forEach(i -> initiativeIds.putIfAbsent(i.title(), i.id()));
		List<Long> outcomes = new ArrayList<>();
		for (Object title : list(p.get("outcomes"))) {
			Long id = initiativeIds.get(str(title));
			if (id == null) {
				log.warn("Demo programme: initiative '{}' not found", title);
			}
			else {
				outcomes.add(id);
			}
		}
		ProgrammeCommand command = new ProgrammeCommand(ProgrammeKind.valueOf(str(p.get("kind"))), str(p.get("name")),
				str(p.get("summary")), str(p.get("purpose")), str(p.get("goalsText")), date(p.get("start")),
				date(p.get("end")), ProgrammeStatus.valueOf(str(p.get("status"))), owner.id(), contact, group,
				str(p.get("dissemination")), Boolean.TRUE.equals(p.get("published")), goalIds, partners,
				list(p.get("results")).stream().map(FollowupDemoData::str).toList(),
				list(p.get("lessons")).stream().map(FollowupDemoData::str).toList(), measures, outcomes);
		Programme programme = programmes.create(command);

		Map<String, MeetingRef> meetingsByTitle = new HashMap<>();
		meetings.choosable().forEach(m -> meetingsByTitle.putIfAbsent(m.title(), m));
		int position = 1;
		for (Object o : list(p.get("actionAreas"))) {
			Map<String, Object> a = (Map<String, Object>) o;
			ActionArea area = areaService.addActionArea(programme.id(),
					new ActionAreaForm(str(a.get("name")), str(a.get("description")), position++));
			for (Object ao : list(a.get("activities"))) {
				Map<String, Object> x = (Map<String, Object>) ao;
				if (x.get("series") != null) {
					Meetings.SeriesRef series = meetings.choosableSeries().stream()
						.filter(r -> r.title().equals(str(x.get("series")))).findFirst().orElse(null);
					if (series == null) {
						log.warn("Demo programme: series '{}' not found", x.get("series"));
						continue;
					}
					ActivityForm form = new ActivityForm(area.id(), ActivityKind.SERIES, null, null, null,
							str(x.get("place")), null, str(x.get("account")));
					form.setSeriesId(series.id());
					activityService.addActivity(programme.id(), form);
				}
				else if (x.get("meeting") != null) {
					MeetingRef meeting = meetingsByTitle.get(str(x.get("meeting")));
					if (meeting == null) {
						log.warn("Demo programme: meeting '{}' not found", x.get("meeting"));
						continue;
					}
					activityService.addActivity(programme.id(), new ActivityForm(area.id(), ActivityKind.MEETING, meeting.id(),
							null, null, str(x.get("place")), null, str(x.get("account"))));
				}
				else {
					activityService.addActivity(programme.id(), new ActivityForm(area.id(),
							ActivityKind.valueOf(str(x.get("kind"))), null, str(x.get("title")), date(x.get("date")),
							str(x.get("place")), x.get("participants") == null ? null : ((Number) x.get("participants")).intValue(),
							str(x.get("account"))));
				}
			}
		}

		Map<String, Long> kinds = new HashMap<>();
		for (CostKind k : costService.costKinds()) {
			kinds.put(k.code(), k.id());
		}
		Map<Object, Object> costs = (Map<Object, Object>) p.getOrDefault("costs", Map.of());
		costs.forEach((year, byKind) -> ((Map<String, Object>) byKind).forEach((kind, amount) -> {
			long value = ((Number) amount).longValue();
			costService.addCostLine(programme.id(), new CostLineForm(Integer.valueOf(str(year)), kinds.get(kind), value,
					value, null));
		}));

		Map<String, Long> surveys = new HashMap<>();
		meetings.surveys().forEach(s -> surveys.putIfAbsent(s.title(), s.id()));
		for (Object o : list(p.get("evaluations"))) {
			Map<String, Object> e = (Map<String, Object>) o;
			MeetingRef meeting = e.get("meeting") == null ? null : meetingsByTitle.get(str(e.get("meeting")));
			List<Long> surveyIds = list(e.get("surveys")).stream().map(t -> surveys.get(str(t))).filter(x -> x != null)
				.toList();
			evaluationService.addEvaluation(programme.id(), new EvaluationForm(EvaluationKind.valueOf(str(e.get("kind"))),
					str(e.get("title")), date(e.get("date")), meeting == null ? null : meeting.id(),
					str(e.get("assessment")), surveyIds));
		}
	}

	private static List<Object> list(Object value) {
		@SuppressWarnings("unchecked")
		List<Object> list = value instanceof List<?> l ? (List<Object>) l : List.of();
		return list;
	}

	private static String str(Object value) {
		return value == null ? null : value.toString().strip();
	}

	private static LocalDate date(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Date d) {
			return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
		}
		return LocalDate.parse(value.toString());
	}

}
