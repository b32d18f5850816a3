package se.regionrum.followup.programme;

import java.util.List;

import org.springframework.stereotype.Component;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.actors.People;
import se.regionrum.actors.WorkingGroups;
import se.regionrum.dialogue.MeetingRef;
import se.regionrum.dialogue.Meetings;
import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.Indicators;
import se.regionrum.initiatives.InitiativeRef;
import se.regionrum.initiatives.Initiatives;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.Goals;

/** The choices of the programme forms and filters, from the other modules' APIs. */
@Component
public class ProgrammeOptions {

	private final Organisations organisations;

	private final People people;

	private final WorkingGroups workingGroups;

	private final Goals goals;

	private final Initiatives initiatives;

	private final Meetings meetings;

	private final Indicators indicators;

	/** Every indicator, by name, for a measured result that cites one. */
	public List<IndicatorRef> indicators() {
		return indicators.all();
	}

	ProgrammeOptions(Organisations organisations, People people, WorkingGroups workingGroups, Goals goals,
			Initiatives initiatives, Meetings meetings, Indicators indicators) {
		this.indicators = indicators;
		this.organisations = organisations;
		this.people = people;
		this.workingGroups = workingGroups;
		this.goals = goals;
		this.initiatives = initiatives;
		this.meetings = meetings;
	}

	public List<OrganisationRef> organisations() {
		return organisations.register();
	}

	public List<People.PersonName> people() {
		return people.choosable();
	}

	public List<WorkingGroups.WorkingGroupRef> workingGroups() {
		return workingGroups.choosable();
	}

	public List<GoalRef> goals() {
		return goals.regionalStrategyGoals();
	}

	public List<InitiativeRef> initiatives() {
		return initiatives.choosable();
	}

	public List<MeetingRef> meetings() {
		return meetings.choosable();
	}

	public List<Meetings.SeriesRef> series() {
		return meetings.choosableSeries();
	}

	public List<Meetings.SurveyRef> surveys() {
		return meetings.surveys();
	}

}
