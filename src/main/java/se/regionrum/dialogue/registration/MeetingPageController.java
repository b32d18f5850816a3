package se.regionrum.dialogue.registration;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.dialogue.AgendaItemLinks;
import se.regionrum.dialogue.meeting.AgendaItemForm;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.series.Series;
import se.regionrum.dialogue.series.SeriesService;
import se.regionrum.platform.CsvExport;
import se.regionrum.platform.OrganisationDirectory;
import se.regionrum.platform.Permissions;

/**
 * The public meeting and series pages with their registration forms, the personal cancellation
 * page, and the participant lists for organisers.
 */
@Controller
class MeetingPageController {

	private final MeetingService meetings;

	private final SeriesService series;

	private final RegistrationService registrations;

	private final OrganisationDirectory directory;

	private final Permissions permissions;

	private final List<AgendaItemLinks> agendaLinks;

	MeetingPageController(MeetingService meetings, SeriesService series, RegistrationService registrations,
			OrganisationDirectory directory, Permissions permissions, List<AgendaItemLinks> agendaLinks) {
		this.agendaLinks = agendaLinks;
		this.meetings = meetings;
		this.series = series;
		this.registrations = registrations;
		this.directory = directory;
		this.permissions = permissions;
	}

	@GetMapping("/meetings/{id:\\d+}")
	String meeting(@PathVariable long id, Model model) {
		Meeting meeting = meetings.get(id);
		model.addAttribute("meeting", meeting);
		List<se.regionrum.dialogue.meeting.AgendaItem> agenda = meetings.agenda(id);
		model.addAttribute("agenda", agenda);
		model.addAttribute("agendaLinks", linksOf(agenda));
		model.addAttribute("series", meetings.seriesOf(meeting).orElse(null));
		model.addAttribute("rules", registrations.rules(meeting));
		model.addAttribute("placesLeft", registrations.placesLeft(meeting));
		model.addAttribute("closedReason", registrations.closedReason(meeting));
		boolean canEdit = meetings.canEdit(meeting);
		model.addAttribute("canEdit", canEdit);
		if (canEdit) {
			// the organiser panel's figures
			model.addAttribute("confirmed", registrations.count(id, RegistrationStatus.CONFIRMED));
			model.addAttribute("waitlisted", registrations.count(id, RegistrationStatus.WAITLISTED));
		}
		model.addAttribute("organiser",
				meeting.organiserId() == null ? null : directory.nameOf(meeting.organiserId()).orElse(null));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", RegistrationForm.empty());
		}
		model.addAttribute("agendaForm", new AgendaItemForm());
		model.addAttribute("onMeetingPage", true);
		return "dialogue/meetings/detail";
	}

	/** What other modules link to the agenda's items (a map to show, say), by item id. */
	private Map<Long, List<AgendaItemLinks.Link>> linksOf(List<se.regionrum.dialogue.meeting.AgendaItem> agenda) {
		Map<Long, List<AgendaItemLinks.Link>> links = new LinkedHashMap<>();
		if (agenda.isEmpty()) {
			return links;
		}
		List<Long> ids = agenda.stream().map(se.regionrum.dialogue.meeting.AgendaItem::id).toList();
		for (AgendaItemLinks source : agendaLinks) {
			source.linksOf(ids).forEach((item, found) -> links.computeIfAbsent(item, k -> new ArrayList<>()).addAll(found));
		}
		return links;
	}

	/** The registration form on the phone-first participant layout (the meeting page has the same form). */
	@GetMapping("/meetings/{id:\\d+}/register")
	String registerForm(@PathVariable long id, Model model) {
		Meeting meeting = meetings.get(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("series", meetings.seriesOf(meeting).orElse(null));
		model.addAttribute("rules", registrations.rules(meeting));
		model.addAttribute("placesLeft", registrations.placesLeft(meeting));
		model.addAttribute("closedReason", registrations.closedReason(meeting));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", RegistrationForm.empty());
		}
		return "dialogue/registrations/register";
	}

	@PostMapping("/meetings/{id:\\d+}/register")
	String register(@PathVariable long id, @Valid @ModelAttribute("form") RegistrationForm form,
			BindingResult result, Model model) {
		if (result.hasErrors()) {
			form.padColleagues();
			return registerForm(id, model);
		}
		List<Outcome> outcomes = registrations.register(id, form);
		Meeting meeting = meetings.get(id);
		model.addAttribute("meeting", meeting);
		return result(outcomes, List.of(meeting), "/meetings/" + id + ".ics", model);
	}

	/**
	 * The confirmation page: what happened to each person, and for the meetings when and where,
	 * with the calendar file. Only when someone got a place (or a waiting-list place) does it say
	 * that a confirmation is on its way: a refused registration sends no mail.
	 */
	private String result(List<Outcome> outcomes, List<Meeting> meetingsOf, String icsPath, Model model) {
		boolean accepted = outcomes.stream().anyMatch(o -> o.status() != RegistrationStatus.REFUSED);
		model.addAttribute("outcomes", outcomes);
		model.addAttribute("accepted", accepted);
		model.addAttribute("meetings", accepted ? meetingsOf : List.of());
		model.addAttribute("icsPath", icsPath);
		return "dialogue/registrations/result";
	}

	@GetMapping("/series/{id:\\d+}")
	String series(@PathVariable long id, Model model) {
		Series s = series.get(id);
		model.addAttribute("series", s);
		List<Meeting> list = meetings.list(null, null, id);
		model.addAttribute("meetings", list);
		Map<Long, Integer> places = new LinkedHashMap<>();
		Integer seriesPlaces = null;
		for (Meeting m : list) {
			Integer left = registrations.placesLeft(m);
			places.put(m.id(), left);
			if (left != null && !m.isPast(Instant.now())) {
				seriesPlaces = seriesPlaces == null ? left : Math.min(seriesPlaces, left);
			}
		}
		model.addAttribute("placesLeft", places);
		model.addAttribute("seriesPlacesLeft", seriesPlaces);
		model.addAttribute("open", s.isPublic(Instant.now())
				&& list.stream().anyMatch(m -> registrations.closedReason(m) == null));
		model.addAttribute("canEdit", series.canEdit(id));
		List<String> organisers = new ArrayList<>();
		for (Long organiser : s.organiserIds()) {
			directory.nameOf(organiser).ifPresent(organisers::add);
		}
		model.addAttribute("organisers", organisers);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", RegistrationForm.empty());
		}
		return "dialogue/series/detail";
	}

	/** The series registration form on the phone-first participant layout. */
	@GetMapping("/series/{id:\\d+}/register")
	String seriesRegisterForm(@PathVariable long id, Model model) {
		Series s = series.get(id);
		List<Meeting> coming = coming(id);
		model.addAttribute("series", s);
		model.addAttribute("meetings", coming);
		model.addAttribute("open", s.isPublic(Instant.now())
				&& coming.stream().anyMatch(m -> registrations.closedReason(m) == null));
		model.addAttribute("seriesPlacesLeft", seriesPlacesLeft(coming));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", RegistrationForm.empty());
		}
		return "dialogue/registrations/register-series";
	}

	@PostMapping("/series/{id:\\d+}/register")
	String registerForSeries(@PathVariable long id, @Valid @ModelAttribute("form") RegistrationForm form,
			BindingResult result, Model model) {
		if (result.hasErrors()) {
			form.padColleagues();
			return seriesRegisterForm(id, model);
		}
		List<Outcome> outcomes = registrations.registerForSeries(id, form);
		model.addAttribute("series", series.get(id));
		return result(outcomes, coming(id), "/series/" + id + ".ics", model);
	}

	private List<Meeting> coming(long seriesId) {
		Instant now = Instant.now();
		return meetings.list(registrations.today(), null, seriesId).stream().filter(m -> !m.isPast(now)).toList();
	}

	/** The fewest places left among the coming meetings: a series registration needs a place at each. */
	private Integer seriesPlacesLeft(List<Meeting> coming) {
		Integer least = null;
		for (Meeting m : coming) {
			Integer left = registrations.placesLeft(m);
			if (left != null) {
				least = least == null ? left : Math.min(least, left);
			}
		}
		return least;
	}

	/**
	 * The page behind the personal link: the registrations, and the question "Vill du avanmäla dig?"
	 * with a button that posts. Opening the link never cancels (mail scanners open links too).
	 */
	@GetMapping({ "/registrations/{token:[0-9a-f]{32}}", "/registrations/{token:[0-9a-f]{32}}/cancel" })
	String registration(@PathVariable String token, Model model) {
		List<Registration> found = registrations.byToken(token);
		model.addAttribute("registrations", found);
		model.addAttribute("token", token);
		Map<Long, Meeting> byId = new LinkedHashMap<>();
		for (Registration r : found) {
			meetings.find(r.meetingId()).ifPresent(m -> byId.put(m.id(), m));
		}
		model.addAttribute("meetingsById", byId);
		model.addAttribute("active", found.stream()
			.anyMatch(r -> r.status() == RegistrationStatus.CONFIRMED || r.status() == RegistrationStatus.WAITLISTED));
		return "dialogue/registrations/cancel";
	}

	@PostMapping("/registrations/{token:[0-9a-f]{32}}/cancel")
	String cancel(@PathVariable String token, RedirectAttributes redirect) {
		registrations.cancel(token);
		redirect.addFlashAttribute("message", "dialogue.registration.cancelled");
		return "redirect:/registrations/" + token;
	}

	@GetMapping("/meetings/{id:\\d+}/participants")
	String participants(@PathVariable long id, Model model) {
		List<Registration> list = registrations.participants(id);
		Map<String, List<Registration>> byOrganisation = new LinkedHashMap<>();
		for (Registration r : list) {
			byOrganisation.computeIfAbsent(r.organisationName(), k -> new ArrayList<>()).add(r);
		}
		Meeting meeting = meetings.get(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("byOrganisation", byOrganisation);
		model.addAttribute("confirmed", registrations.count(id, RegistrationStatus.CONFIRMED));
		model.addAttribute("waitlisted", registrations.count(id, RegistrationStatus.WAITLISTED));
		model.addAttribute("attended", list.stream().filter(Registration::attended).count());
		model.addAttribute("placesLeft", registrations.placesLeft(meeting));
		return "dialogue/meetings/participants";
	}

	@PostMapping("/meetings/{id:\\d+}/participants/{registrationId:\\d+}/attended")
	String attended(@PathVariable long id, @PathVariable long registrationId,
			@RequestParam(defaultValue = "false") boolean attended, RedirectAttributes redirect) {
		registrations.setAttended(id, registrationId, attended);
		redirect.addFlashAttribute("message", "platform.saved");
		return "redirect:/meetings/" + id + "/participants";
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

	@GetMapping("/admin/personal-data")
	String personalData(@RequestParam(required = false) String email, Model model) {
		permissions.requireAdmin();
		model.addAttribute("email", email);
		if (email != null && !email.isBlank()) {
			model.addAttribute("registrations", registrations.ofPerson(email));
		}
		return "dialogue/personal-data";
	}

	@GetMapping("/admin/personal-data.csv")
	void personalDataCsv(@RequestParam String email, HttpServletResponse response) throws IOException {
		List<Registration> list = registrations.ofPerson(email);
		CsvExport.download(response, "personuppgifter.csv");
		CsvExport.write(response.getOutputStream(),
				List.of("meeting", "name", "email", "organisation", "diet", "status", "attended", "registered"),
				list.stream()
					.map(r -> List.<Object>of(r.meetingId(), r.name(), r.email(), r.organisationName(),
							r.diet() == null ? "" : r.diet(), r.status(), r.attended(),
							r.createdAt() == null ? "" : r.createdAt().toString()))
					.toList());
	}

	@PostMapping("/admin/personal-data/erase")
	String erase(@RequestParam String email, RedirectAttributes redirect) {
		int count = registrations.erasePerson(email);
		redirect.addFlashAttribute("message", "dialogue.personalData.erased");
		redirect.addFlashAttribute("messageArgs", List.of(count));
		return "redirect:/admin/personal-data";
	}

}
