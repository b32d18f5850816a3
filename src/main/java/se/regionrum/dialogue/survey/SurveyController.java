package se.regionrum.dialogue.survey;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.participant.Participants;
import se.regionrum.dialogue.series.SeriesService;
import se.regionrum.platform.CsvExport;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.PublicBaseUrl;

/**
 * Survey pages: create (for a meeting or a whole series) and read results (its editors), answer
 * (anyone with the link, at /s/{publicKey}, once per participant: see {@link Participants}).
 */
@Controller
class SurveyController {

	/** A survey's public key: 16 random bytes in URL-safe Base64. */
	static final String KEY = "[A-Za-z0-9_-]{22}";

	private final SurveyService surveys;

	private final MeetingService meetings;

	private final SeriesService series;

	private final PublicBaseUrl publicBaseUrl;

	SurveyController(SurveyService surveys, MeetingService meetings, SeriesService series,
			PublicBaseUrl publicBaseUrl) {
		this.surveys = surveys;
		this.meetings = meetings;
		this.series = series;
		this.publicBaseUrl = publicBaseUrl;
	}

	/** The answering links organisers send out: absolute, from the configured public address. */
	@ModelAttribute("answerBase")
	String answerBase() {
		return publicBaseUrl.link("/s/");
	}

	@GetMapping("/meetings/{id:\\d+}/surveys")
	String list(@PathVariable long id, Model model) {
		List<Survey> list = surveys.ofMeeting(id);
		return list(meetings.get(id).title(), "/meetings/" + id, list, model);
	}

	@GetMapping("/series/{id:\\d+}/surveys")
	String seriesList(@PathVariable long id, Model model) {
		List<Survey> list = surveys.ofSeries(id);
		return list(series.get(id).title(), "/series/" + id, list, model);
	}

	/** One list page for the surveys of a meeting or of a series ({@code owner} is its page). */
	private String list(String ownerTitle, String owner, List<Survey> list, Model model) {
		model.addAttribute("ownerTitle", ownerTitle);
		model.addAttribute("owner", owner);
		model.addAttribute("surveys", list);
		return "dialogue/surveys/list";
	}

	@PostMapping("/meetings/{id:\\d+}/surveys")
	String create(@PathVariable long id, @RequestParam String title, @RequestParam(required = false) String intro,
			@RequestParam String questions, RedirectAttributes redirect) {
		return create(() -> surveys.create(id, null, title, intro, questions), "/meetings/" + id, redirect);
	}

	@PostMapping("/series/{id:\\d+}/surveys")
	String createForSeries(@PathVariable long id, @RequestParam String title,
			@RequestParam(required = false) String intro, @RequestParam String questions, RedirectAttributes redirect) {
		return create(() -> surveys.create(null, id, title, intro, questions), "/series/" + id, redirect);
	}

	private static String create(Supplier<Survey> creation, String owner, RedirectAttributes redirect) {
		try {
			return "redirect:/surveys/" + creation.get().id() + "/results";
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
			return "redirect:" + owner + "/surveys";
		}
	}

	@GetMapping("/surveys/{id:\\d+}/results")
	String results(@PathVariable long id, Model model) {
		Survey survey = surveys.find(id);
		model.addAttribute("results", surveys.results(id));
		model.addAttribute("survey", survey);
		model.addAttribute("owner", ownerPage(survey));
		model.addAttribute("responses", surveys.responses(id));
		model.addAttribute("answerable", surveys.isAnswerableAnonymously(survey));
		return "dialogue/surveys/results";
	}

	/** The page of the meeting or series the survey belongs to. */
	private static String ownerPage(Survey survey) {
		return survey.meetingId() != null ? "/meetings/" + survey.meetingId() : "/series/" + survey.seriesId();
	}

	@GetMapping("/surveys/{id:\\d+}/results.csv")
	void export(@PathVariable long id, HttpServletResponse response) throws IOException {
		List<Survey.QuestionResult> results = surveys.results(id);
		response.setContentType(CsvExport.MEDIA_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"enkat-" + id + ".csv\"");
		List<List<?>> rows = new ArrayList<>();
		for (Survey.QuestionResult r : results) {
			for (Survey.Row row : r.rows()) {
				rows.add(List.of(r.question().text(), row.label(), row.count(), row.percent()));
			}
		}
		CsvExport.write(response.getOutputStream(), List.of("question", "answer", "count", "percent"), rows);
	}

	@PostMapping("/surveys/{id:\\d+}/open")
	String open(@PathVariable long id, @RequestParam boolean open) {
		surveys.setOpen(id, open);
		return "redirect:/surveys/" + id + "/results";
	}

	/**
	 * The answering page, by the survey's public key: ids are sequential, and the survey of an
	 * unpublished meeting or series is not found. Old links by id are not served.
	 */
	@GetMapping("/s/{key:" + KEY + "}")
	String form(@PathVariable String key, HttpServletRequest request, HttpServletResponse response, Model model) {
		Survey survey = surveys.forParticipants(key);
		String device = Participants.identify(request, response);
		return answerPage(survey, surveys.hasResponded(survey, device) ? SurveyService.Response.ALREADY_ANSWERED : null,
				model);
	}

	@PostMapping("/s/{key:" + KEY + "}")
	String answer(@PathVariable String key, @RequestParam Map<String, String> params, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Survey survey = surveys.forParticipants(key);
		String device = Participants.identify(request, response);
		Map<Long, String> answers = new HashMap<>();
		params.forEach((k, v) -> {
			if (k.matches("q\\d{1,12}")) {
				answers.put(Long.parseLong(k.substring(1)), v);
			}
		});
		return answerPage(survey, surveys.respond(survey, device, answers), model);
	}

	private String answerPage(Survey survey, SurveyService.Response response, Model model) {
		model.addAttribute("survey", survey);
		model.addAttribute("questions", surveys.questions(survey.id()));
		model.addAttribute("response", response);
		return "dialogue/surveys/answer";
	}

}
