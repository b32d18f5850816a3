package se.regionrum.dialogue.registration;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.series.Series;
import se.regionrum.dialogue.series.SeriesService;

/**
 * Registering for a meeting or a series on the phone-first participant layout (the meeting and
 * series pages carry the same forms), the confirmation page, and the personal cancellation page.
 */
@Controller
class RegistrationController {

	private final MeetingService meetings;

	private final SeriesService series;

	private final RegistrationService registrations;

	RegistrationController(MeetingService meetings, SeriesService series, RegistrationService registrations) {
		this.meetings = meetings;
		this.series = series;
		this.registrations = registrations;
	}

	/** The registration form on the phone-first participant layout (the meeting page has the same form). */
	@GetMapping("/meetings/{id:\\d+}/register")
	String registerForm(@PathVariable long id, Model model) {
		Meeting meeting = meetings.get(id);
		MeetingRegistration registration = registrations.forMeeting(meeting);
		model.addAttribute("meeting", meeting);
		model.addAttribute("series", registration.series());
		model.addAttribute("rules", registration.rules());
		model.addAttribute("placesLeft", registration.placesLeft());
		model.addAttribute("closedReason", registration.closedReason());
		return formPage("dialogue/registrations/register", model);
	}

	@PostMapping("/meetings/{id:\\d+}/register")
	String register(@PathVariable long id, @Valid @ModelAttribute("form") RegistrationForm form,
			BindingResult result, Model model) {
		return submit(form, result, () -> registerForm(id, model), () -> {
			List<Outcome> outcomes = registrations.register(id, form);
			Meeting meeting = meetings.get(id);
			model.addAttribute("meeting", meeting);
			return result(outcomes, List.of(meeting), "/meetings/" + id + ".ics", model);
		});
	}

	/** The series registration form on the phone-first participant layout. */
	@GetMapping("/series/{id:\\d+}/register")
	String seriesRegisterForm(@PathVariable long id, Model model) {
		Series s = series.get(id);
		SeriesRegistration registration = registrations.forSeries(s, registrations.coming(id));
		model.addAttribute("series", s);
		model.addAttribute("meetings", registration.meetings());
		model.addAttribute("open", registration.open());
		model.addAttribute("seriesPlacesLeft", registration.seriesPlacesLeft());
		return formPage("dialogue/registrations/register-series", model);
	}

	@PostMapping("/series/{id:\\d+}/register")
	String registerForSeries(@PathVariable long id, @Valid @ModelAttribute("form") RegistrationForm form,
			BindingResult result, Model model) {
		return submit(form, result, () -> seriesRegisterForm(id, model), () -> {
			List<Outcome> outcomes = registrations.registerForSeries(id, form);
			model.addAttribute("series", series.get(id));
			return result(outcomes, registrations.coming(id), "/series/" + id + ".ics", model);
		});
	}

	/** The form page, with an empty form unless the page shows a submitted one again. */
	private static String formPage(String view, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", RegistrationForm.empty());
		}
		return view;
	}

	/**
	 * Registers when the form is valid; otherwise shows the form page again with its errors and
	 * the empty colleague rows the page always offers.
	 */
	private static String submit(RegistrationForm form, BindingResult result, Supplier<String> formPage,
			Supplier<String> register) {
		if (result.hasErrors()) {
			form.padColleagues();
			return formPage.get();
		}
		return register.get();
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

}
