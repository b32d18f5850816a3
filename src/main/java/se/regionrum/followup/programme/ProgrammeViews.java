package se.regionrum.followup.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.regionrum.actors.Organisations;
import se.regionrum.actors.People;
import se.regionrum.actors.WorkingGroups;
import se.regionrum.dialogue.MeetingRef;
import se.regionrum.dialogue.Meetings;
import se.regionrum.initiatives.InitiativeRef;
import se.regionrum.initiatives.Initiatives;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.Goals;

/** A programme with everything its page shows, names looked up in the other modules. */
@Component
public class ProgrammeViews {

	private final ProgrammeService service;

	private final ActionAreaService areaService;

	private final ActivityService activityService;

	private final CostLineService costService;

	private final EvaluationService evaluationService;

	private final Organisations organisations;

	private final People people;

	private final WorkingGroups workingGroups;

	private final Goals goals;

	private final Initiatives initiatives;

	private final Meetings meetings;

	ProgrammeViews(ProgrammeService service, ActionAreaService areaService, ActivityService activityService,
			CostLineService costService, EvaluationService evaluationService, Organisations organisations,
			People people, WorkingGroups workingGroups, Goals goals, Initiatives initiatives, Meetings meetings) {
		this.service = service;
		this.areaService = areaService;
		this.activityService = activityService;
		this.costService = costService;
		this.evaluationService = evaluationService;
		this.organisations = organisations;
		this.people = people;
		this.workingGroups = workingGroups;
		this.goals = goals;
		this.initiatives = initiatives;
		this.meetings = meetings;
	}

	public record AreaView(ActionArea area, List<Activity> activities) {
	}

	public record EvaluationView(Evaluation evaluation, MeetingRef meeting, List<SurveyView> surveys) {
	}

	public record SurveyView(Meetings.SurveyRef survey, List<Meetings.QuestionAnswers> answers) {
	}

	public record View(Programme programme, boolean canEdit, String ownerName, String contactName,
			String workingGroupName, List<GoalRef> goals, List<Partner> partners, List<AreaView> areas,
			Map<Long, MeetingRef> meetings, Map<Long, Meetings.SeriesRef> series, CostTable costs, List<CostLine> costLines, Map<Long, String> costKindNames,
			List<String> results, List<Measure> measures, List<String> lessons, List<InitiativeRef> outcomes,
			List<EvaluationView> evaluations) {
	}

	public View view(long id, Locale locale) {
		Programme p = service.get(id);
		List<Activity> activities = activityService.activities(id);
		List<AreaView> areas = new ArrayList<>();
		for (ActionArea area : areaService.actionAreas(id)) {
			areas.add(new AreaView(area, activities.stream().filter(a -> a.actionAreaId() == area.id()).toList()));
		}
		List<Long> meetingIds = new ArrayList<>(activities.stream().filter(a -> a.meetingId() != null)
			.map(Activity::meetingId).toList());
		List<Evaluation> evaluations = evaluationService.evaluations(id);
		evaluations.stream().filter(e -> e.meetingId() != null).forEach(e -> meetingIds.add(e.meetingId()));
		Map<Long, MeetingRef> meetingRefs = meetings.findAll(meetingIds);
		Map<Long, Meetings.SeriesRef> seriesRefs = meetings.findSeries(activities.stream()
			.filter(a -> a.seriesId() != null).map(Activity::seriesId).toList());
		List<EvaluationView> evaluationViews = new ArrayList<>();
		for (Evaluation e : evaluations) {
			List<SurveyView> surveys = new ArrayList<>();
			for (Meetings.SurveyRef s : meetings.findSurveys(evaluationService.surveyIds(e.id())).values()) {
				surveys.add(new SurveyView(s, meetings.rankedAnswers(s.id())));
			}
			evaluationViews.add(new EvaluationView(e, e.meetingId() == null ? null : meetingRefs.get(e.meetingId()), surveys));
		}
		List<CostKind> kinds = costService.costKinds();
		Map<Long, String> kindNames = new LinkedHashMap<>();
		kinds.forEach(k -> kindNames.put(k.id(), k.name(locale)));
		List<CostLine> lines = costService.costLines(id);
		String contact = p.contactPersonId() == null ? null
				: people.names(List.of(p.contactPersonId())).values().stream().map(People.PersonName::name).findFirst()
					.orElse(null);
		String group = p.workingGroupId() == null ? null
				: workingGroups.find(p.workingGroupId()).map(WorkingGroups.WorkingGroupRef::name).orElse(null);
		List<GoalRef> goalRefs = new ArrayList<>(goals.findAll(service.goalIds(id)).values());
		return new View(p, service.canEdit(p), organisations.find(p.ownerOrganisationId()).map(o -> o.name()).orElse(""),
				contact, group, goalRefs, service.partners(id), areas, meetingRefs, seriesRefs, CostTable.of(lines, kinds, locale, null, null),
				lines, kindNames, service.results(id), service.measures(id), service.lessons(id),
				new ArrayList<>(initiatives.findAll(service.outcomeIds(id)).values()), evaluationViews);
	}

}
