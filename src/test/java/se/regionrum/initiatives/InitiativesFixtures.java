package se.regionrum.initiatives;

import java.util.List;

import se.regionrum.initiatives.initiative.Initiative;
import se.regionrum.initiatives.initiative.InitiativeForm;
import se.regionrum.initiatives.initiative.InitiativeService;
import se.regionrum.initiatives.initiative.PlaceKind;
import se.regionrum.platform.SystemUser;

/** Initiatives made for a test, as the system user, with titles the test chooses. */
public final class InitiativesFixtures {

	private InitiativesFixtures() {
	}

	public static InitiativeForm form(String title, long owner, List<Long> municipalities, boolean published) {
		InitiativeForm form = InitiativeForm.empty();
		form.setTitle(title);
		form.setOwnerOrganisationId(owner);
		form.setMunicipalityIds(municipalities);
		form.setPlaceKind(PlaceKind.MUNICIPALITIES);
		form.setLevel(InitiativeLevel.LOCAL);
		form.setPublished(published);
		return form;
	}

	public static Initiative create(InitiativeService service, InitiativeForm form) {
		return SystemUser.call(() -> service.create(form));
	}

	public static Initiative create(InitiativeService service, String title, long owner, List<Long> municipalities,
			boolean published) {
		return create(service, form(title, owner, municipalities, published));
	}

}
