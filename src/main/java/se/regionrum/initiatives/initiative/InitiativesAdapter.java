package se.regionrum.initiatives.initiative;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.initiatives.InitiativeDraft;
import se.regionrum.initiatives.InitiativePlace;
import se.regionrum.initiatives.InitiativeRef;
import se.regionrum.initiatives.InitiativeStatus;
import se.regionrum.initiatives.Initiatives;

/** The initiative API for other modules, delegating to {@link InitiativeService}. */
@Component
class InitiativesAdapter implements Initiatives {

	private final InitiativeService initiatives;

	InitiativesAdapter(InitiativeService initiatives) {
		this.initiatives = initiatives;
	}

	@Override
	public Optional<InitiativeRef> find(long id) {
		return initiatives.findRef(id);
	}

	@Override
	@Transactional
	public InitiativeRef create(InitiativeDraft draft) {
		InitiativeForm form = InitiativeForm.empty();
		form.setTitle(draft.title());
		form.setDescription(draft.description());
		form.setOwnerOrganisationId(draft.ownerOrganisationId());
		if (draft.level() != null) {
			form.setLevel(draft.level());
		}
		form.setMunicipalityIds(draft.municipalityIds() == null ? List.of() : new ArrayList<>(draft.municipalityIds()));
		form.setGoalIds(draft.goalIds() == null ? List.of() : new ArrayList<>(draft.goalIds()));
		if (form.getMunicipalityIds().isEmpty()) {
			form.setPlaceKind(null);
		}
		if (draft.origin() != null) {
			form.setOriginKind(draft.origin().kind());
			form.setOriginId(draft.origin().id());
			form.setOriginLabel(draft.origin().label());
		}
		if (form.getPlaceKind() == null) {
			form.setPlaceKind(PlaceKind.MUNICIPALITIES);
		}
		return initiatives.create(form).ref();
	}

	@Override
	public List<InitiativeRef> fromOrigin(String originKind, long originId) {
		return initiatives.fromOrigin(originKind, originId);
	}

	@Override
	public Map<Long, InitiativeRef> findAll(Collection<Long> ids) {
		return initiatives.findRefs(ids);
	}

	@Override
	public List<InitiativeRef> choosable() {
		return initiatives.choosable();
	}

	@Override
	public OutcomeFigures figures(Collection<Long> ids) {
		return initiatives.figures(ids);
	}

	@Override
	public List<InitiativePlace> places(InitiativeStatus status, Long goalId, Long municipalityId) {
		return initiatives.places(status, goalId, municipalityId);
	}

}
