package se.regionrum.dialogue.registration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.platform.CsvExport;
import se.regionrum.platform.FormSubmission;

/** A meeting's participant list for its organisers: by organisation, attendance, and as CSV. */
@Controller
class ParticipantListController {

	private final MeetingService meetings;

	private final RegistrationService registrations;

	ParticipantListController(MeetingService meetings, RegistrationService registrations) {
		this.meetings = meetings;
		this.registrations = registrations;
	}

	@GetMapping("/meetings/{id:\\d+}/participants")
	String participants(@PathVariable long id, Model model) {
		List<Registration> list = registrations.participants(id);
		Map<String, List<Registration>> byOrganisation = new LinkedHashMap<>();
		for (Registration r : list) {
			byOrganisation.computeIfAbsent(r.organisationName(), k -> new ArrayList<>()).add(r);
		}
		Meeting meeting = meetings.get(id);
		MeetingRegistration registration = registrations.forMeeting(meeting);
		model.addAttribute("meeting", meeting);
		model.addAttribute("byOrganisation", byOrganisation);
		model.addAttribute("confirmed", registration.confirmed());
		model.addAttribute("waitlisted", registrations.count(id, RegistrationStatus.WAITLISTED));
		model.addAttribute("attended", list.stream().filter(Registration::attended).count());
		model.addAttribute("placesLeft", registration.placesLeft());
		return "dialogue/meetings/participants";
	}

	@PostMapping("/meetings/{id:\\d+}/participants/{registrationId:\\d+}/attended")
	String attended(@PathVariable long id, @PathVariable long registrationId,
			@RequestParam(defaultValue = "false") boolean attended, RedirectAttributes redirect) {
		registrations.setAttended(id, registrationId, attended);
		return FormSubmission.saved(redirect, "/meetings/" + id + "/participants");
	}

	@GetMapping("/meetings/{id:\\d+}/participants.csv")
	void participantsCsv(@PathVariable long id, HttpServletResponse response) throws IOException {
		List<Registration> list = registrations.participants(id);
		CsvExport.download(response, "deltagare-" + id + ".csv");
		CsvExport.write(response.getOutputStream(),
				List.of("organisation", "name", "email", "diet", "status", "attended", "registered"),
				list.stream()
					.map(r -> List.<Object>of(r.organisationName(), r.name(), r.email(), r.diet() == null ? "" : r.diet(),
							r.status(), r.attended(), r.createdAt() == null ? "" : r.createdAt().toString()))
					.toList());
	}

}
