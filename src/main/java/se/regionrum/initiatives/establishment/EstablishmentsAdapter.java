package se.regionrum.initiatives.establishment;

import java.util.List;

import org.springframework.stereotype.Component;

import se.regionrum.initiatives.Establishments;

/** The establishment API for other modules, delegating to {@link EstablishmentService}. */
@Component
class EstablishmentsAdapter implements Establishments {

	private final EstablishmentService establishments;

	EstablishmentsAdapter(EstablishmentService establishments) {
		this.establishments = establishments;
	}

	@Override
	public List<EstablishmentPlace> placed() {
		return establishments.placed();
	}

}
