package se.regionrum.dialogue.registration;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.series.Series;
import se.regionrum.dialogue.series.SeriesRegistrationPanel;

/** The meetings and registration part of the series page, from one {@link SeriesRegistration}. */
@Component
class SeriesRegistrationPanelAdapter implements SeriesRegistrationPanel {

	private final RegistrationService registrations;

	private final MeetingService meetings;

	SeriesRegistrationPanelAdapter(RegistrationService registrations, MeetingService meetings) {
		this.registrations = registrations;
		this.meetings = meetings;
	}

	@Override
	public Map<String, Object> attributes(Series series) {
		SeriesRegistration registration = registrations.forSeries(series, meetings.list(null, null, series.id()));
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("meetings", registration.meetings());
		model.put("placesLeft", registration.placesLeft());
		model.put("seriesPlacesLeft", registration.seriesPlacesLeft());
		model.put("open", registration.open());
		model.put("form", RegistrationForm.empty());
		return model;
	}

}
