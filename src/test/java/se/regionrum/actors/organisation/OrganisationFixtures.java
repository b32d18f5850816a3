package se.regionrum.actors.organisation;

import se.regionrum.actors.OrganisationKind;
import se.regionrum.platform.SystemUser;

/** Finds a municipality by SCB code, creating it when the demo data is not there. */
final class OrganisationFixtures {

	private OrganisationFixtures() {
	}

	static Organisation municipality(OrganisationRepository repository, OrganisationService service, String scbCode,
			String name) {
		return repository.findByScbCode(scbCode)
			.orElseGet(() -> SystemUser.call(() -> service.create(new OrganisationForm(name,
					OrganisationKind.MUNICIPALITY, "", scbCode, scbCode.substring(0, 2), 1000, 2024, "", null, null,
					"", "", "", ""))));
	}

}
