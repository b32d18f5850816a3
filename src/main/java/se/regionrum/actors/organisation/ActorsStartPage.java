package se.regionrum.actors.organisation;

import java.util.List;

import org.springframework.stereotype.Component;

import se.regionrum.actors.person.PersonQueries;
import se.regionrum.actors.workinggroup.WorkingGroupQueries;
import se.regionrum.platform.StartPageSection;

/** The actors module's figures on the start page: municipalities and their population, organisations, people, groups. */
@Component
class ActorsStartPage implements StartPageSection.Provider {

	private final OrganisationQueries organisations;

	private final PersonQueries people;

	private final WorkingGroupQueries groups;

	ActorsStartPage(OrganisationQueries organisations, PersonQueries people, WorkingGroupQueries groups) {
		this.organisations = organisations;
		this.people = people;
		this.groups = groups;
	}

	@Override
	public StartPageSection section() {
		OrganisationQueries.Figures figures = organisations.figures();
		return new StartPageSection(10, "actors.start.title", "actors.start.description",
				List.of(new StartPageSection.Figure("actors.start.municipalities", figures.municipalities(),
						"/organisations?kind=MUNICIPALITY"),
						new StartPageSection.Figure("actors.start.population", figures.population(), "/map"),
						new StartPageSection.Figure("actors.start.organisations", figures.organisations(), "/organisations"),
						new StartPageSection.Figure("actors.start.people", people.countNotErased(), "/people", true),
						new StartPageSection.Figure("actors.start.workingGroups", groups.countAll(), "/working-groups", true)),
				"/organisations");
	}

}
