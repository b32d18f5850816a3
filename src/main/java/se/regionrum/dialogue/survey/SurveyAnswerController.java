package se.regionrum.dialogue.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import se.regionrum.dialogue.participant.Participants;
import se.regionrum.platform.InvalidInputException;

/**
 * The participants' survey page {@code /s/{publicKey}} (phone first, no sign-in, one response per
 * participant: see {@link Participants}) and the organisers' preview of it, which checks answers
 * the same way but stores nothing.
 */
@Controller
class SurveyAnswerController {

	/** A survey's public key: 16 random bytes in URL-safe Base64. */
	static final String KEY = "[A-Za-z0-9_-]{22}";

	private final SurveyService surveys;

	private final MessageSource messages;

	SurveyAnswerController(SurveyService surveys, MessageSource messages) {
		this.surveys = surveys;
		this.messages = messages;
	}

	/**
	 * The answering page, by the survey's public key: ids are sequential, and the survey of an
	 * unpublished meeting or series (or a draft) is not found. Old links by id are not served.
	 */
	@GetMapping("/s/{key:" + KEY + "}")
	String form(@PathVariable String key, HttpServletRequest request, HttpServletResponse response, Model model) {
		Survey survey = surveys.forParticipants(key);
		String device = Participants.identify(request, response);
		model.addAttribute("action", "/s/" + key);
		return page(survey, surveys.hasResponded(survey, device) ? SurveyService.Response.ALREADY_ANSWERED : null,
				Map.of(), model);
	}

	@PostMapping("/s/{key:" + KEY + "}")
	String answer(@PathVariable String key, HttpServletRequest request, HttpServletResponse response, Locale locale,
			Model model) {
		Survey survey = surveys.forParticipants(key);
		String device = Participants.identify(request, response);
		model.addAttribute("action", "/s/" + key);
		List<Survey.Question> questions = surveys.questions(survey.id());
		Map<String, List<String>> given = given(request);
		try {
			return page(survey, surveys.respond(survey, device, answers(questions, given)), given, model);
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			return refused(survey, ex, given, locale, model);
		}
	}

	/** The page as a participant sees it, for the survey's editors, in any state. */
	@GetMapping("/surveys/{id:\\d+}/preview")
	String preview(@PathVariable long id, Model model) {
		Survey survey = surveys.forEditor(id);
		model.addAttribute("preview", true);
		model.addAttribute("action", "/surveys/" + id + "/preview");
		return page(survey, null, Map.of(), model);
	}

	/** Checks the preview's answers as a real response would be checked, and stores nothing. */
	@PostMapping("/surveys/{id:\\d+}/preview")
	String checkPreview(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Locale locale,
			Model model) {
		Survey survey = surveys.forEditor(id);
		model.addAttribute("preview", true);
		model.addAttribute("action", "/surveys/" + id + "/preview");
		Map<String, List<String>> given = given(request);
		try {
			surveys.checkAnswers(id, answers(surveys.questions(id), given));
			model.addAttribute("previewChecked", true);
			return page(survey, null, given, model);
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			return refused(survey, ex, given, locale, model);
		}
	}

	private String refused(Survey survey, InvalidInputException ex, Map<String, List<String>> given, Locale locale,
			Model model) {
		Object[] arguments = ex instanceof SurveyInputException s ? s.arguments() : null;
		model.addAttribute("problem", messages.getMessage(ex.messageKey(), arguments, locale));
		model.addAttribute("problemField", ex.field());
		return page(survey, null, given, model);
	}

	private String page(Survey survey, SurveyService.Response response, Map<String, List<String>> given, Model model) {
		if (!model.containsAttribute("preview")) {
			model.addAttribute("preview", false);
		}
		model.addAttribute("survey", survey);
		model.addAttribute("questions", surveys.questions(survey.id()));
		model.addAttribute("response", response);
		model.addAttribute("given", given);
		return "dialogue/surveys/answer";
	}

	/**
	 * The form's values as sent, read raw: Spring would split a single value with commas into
	 * several, and a free-text answer would lose everything after its first comma.
	 */
	private static Map<String, List<String>> given(HttpServletRequest request) {
		Map<String, List<String>> given = new HashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (name.matches("q\\d{1,12}(-r\\d{1,2})?")) {
				given.put(name, Arrays.asList(values));
			}
		});
		return given;
	}

	/**
	 * The answers by question, as the service takes them. A ranking comes as one place per option
	 * ({@code q12-r0=2}); it becomes the options in order of their places, with a gap or a
	 * doubled option where the places were missing or given twice, which the service refuses.
	 */
	static Map<Long, List<String>> answers(List<Survey.Question> questions, Map<String, List<String>> given) {
		Map<Long, List<String>> answers = new HashMap<>();
		for (Survey.Question q : questions) {
			if (q.kind() != QuestionKind.RANKING) {
				answers.put(q.id(), given.getOrDefault("q" + q.id(), List.of()));
				continue;
			}
			List<String> options = q.optionList();
			String[] byPlace = new String[options.size()];
			List<String> extra = new ArrayList<>();
			boolean any = false;
			for (int i = 0; i < options.size(); i++) {
				List<String> place = given.getOrDefault("q" + q.id() + "-r" + i, List.of());
				String value = place.isEmpty() ? "" : place.get(0).strip();
				if (value.isEmpty()) {
					continue;
				}
				any = true;
				int p = value.matches("\\d{1,2}") ? Integer.parseInt(value) : 0;
				if (p >= 1 && p <= options.size() && byPlace[p - 1] == null) {
					byPlace[p - 1] = options.get(i);
				}
				else {
					extra.add(options.get(i));
				}
			}
			List<String> ranked = new ArrayList<>();
			if (any) {
				for (String o : byPlace) {
					ranked.add(o == null ? "" : o);
				}
				ranked.addAll(extra);
			}
			answers.put(q.id(), ranked);
		}
		return answers;
	}

}
