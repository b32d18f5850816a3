package se.regionrum.dialogue.registration;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.RegistrationPanel;
import se.regionrum.dialogue.series.Series;

/** The registration part of the meeting page, from one {@link MeetingRegistration}. */
@Component
class RegistrationPanelAdapter implements RegistrationPanel {

	private final RegistrationService registrations;

	RegistrationPanelAdapter(RegistrationService registrations) {
		this.registrations = registrations;
	}

	@Override
	public Map<String, Object> attributes(Meeting meeting, Series series, boolean canEdit) {
		MeetingRegistration registration = registrations.forMeeting(meeting, series);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("rules", registration.rules());
		model.put("placesLeft", registration.placesLeft());
		model.put("closedReason", registration.closedReason());
		if (canEdit) {
			// the organiser panel's figures
			model.put("confirmed", registration.confirmed());
			model.put("waitlisted", registrations.count(meeting.id(), RegistrationStatus.WAITLISTED));
		}
		model.put("form", RegistrationForm.empty());
		return model;
	}

}
