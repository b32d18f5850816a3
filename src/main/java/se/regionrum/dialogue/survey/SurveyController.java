package se.regionrum.dialogue.survey;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.series.SeriesService;
import se.regionrum.platform.ConflictException;
import se.regionrum.platform.CsvExport;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.PublicBaseUrl;

/**
 * The organisers' survey pages: the surveys of a meeting or a series, the builder of one survey
 * (questions added, edited, moved and removed with plain forms, so it works without JavaScript),
 * publishing, closing and copying, and the results with their CSV. Answering is
 * {@link SurveyAnswerController}'s.
 */
@Controller
class SurveyController {

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
		model.addAttribute("responses", list.stream().map(s -> surveys.responses(s.id())).toList());
		return "dialogue/surveys/list";
	}

	@PostMapping("/meetings/{id:\\d+}/surveys")
	String create(@PathVariable long id, @RequestParam(required = false) String title,
			@RequestParam(required = false) String intro, RedirectAttributes redirect) {
		return create(() -> surveys.create(id, null, title, intro), "/meetings/" + id, redirect);
	}

	@PostMapping("/series/{id:\\d+}/surveys")
	String createForSeries(@PathVariable long id, @RequestParam(required = false) String title,
			@RequestParam(required = false) String intro, RedirectAttributes redirect) {
		return create(() -> surveys.create(null, id, title, intro), "/series/" + id, redirect);
	}

	private static String create(Supplier<Survey> creation, String owner, RedirectAttributes redirect) {
		try {
			return "redirect:/surveys/" + creation.get().id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
			return "redirect:" + owner + "/surveys";
		}
	}

	// the builder

	@GetMapping("/surveys/{id:\\d+}")
	String builder(@PathVariable long id, Model model) {
		Survey survey = surveys.forEditor(id);
		model.addAttribute("survey", survey);
		model.addAttribute("owner", ownerPage(survey));
		model.addAttribute("ownerTitle", ownerTitle(survey));
		model.addAttribute("questions", surveys.questions(id));
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("responses", surveys.responses(id));
		model.addAttribute("answerable", surveys.isAnswerableAnonymously(survey));
		return "dialogue/surveys/builder";
	}

	@PostMapping("/surveys/{id:\\d+}")
	String update(@PathVariable long id, @RequestParam(required = false) String title,
			@RequestParam(required = false) String intro, RedirectAttributes redirect) {
		return act(id, () -> surveys.update(id, title, intro), "dialogue.survey.saved", redirect);
	}

	@GetMapping("/surveys/{id:\\d+}/questions/new")
	String newQuestion(@PathVariable long id, @RequestParam QuestionKind kind, Model model) {
		return questionPage(surveys.forEditor(id), null, QuestionPageForm.of(kind), model);
	}

	@PostMapping("/surveys/{id:\\d+}/questions")
	String addQuestion(@PathVariable long id, @ModelAttribute("question") QuestionPageForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Survey survey = surveys.forEditor(id);
		if (result.hasErrors()) {
			return questionPage(survey, null, form, model);
		}
		try {
			Survey.Question q = surveys.addQuestion(id, form.toForm());
			redirect.addFlashAttribute("message", "dialogue.survey.question.added");
			return "redirect:/surveys/" + id + "#q" + q.id();
		}
		catch (InvalidInputException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return questionPage(survey, null, form, model);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
			return "redirect:/surveys/" + id;
		}
	}

	@GetMapping("/surveys/{id:\\d+}/questions/{questionId:\\d+}")
	String editQuestion(@PathVariable long id, @PathVariable long questionId, Model model) {
		Survey survey = surveys.forEditor(id);
		Survey.Question q = surveys.questions(id).stream()
			.filter(x -> x.id() == questionId)
			.findFirst()
			.orElseThrow(() -> new se.regionrum.platform.NotFoundException("Survey question", questionId));
		return questionPage(survey, questionId, QuestionPageForm.of(q), model);
	}

	@PostMapping("/surveys/{id:\\d+}/questions/{questionId:\\d+}")
	String updateQuestion(@PathVariable long id, @PathVariable long questionId,
			@ModelAttribute("question") QuestionPageForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Survey survey = surveys.forEditor(id);
		if (result.hasErrors()) {
			return questionPage(survey, questionId, form, model);
		}
		try {
			surveys.updateQuestion(id, questionId, form.toForm());
			redirect.addFlashAttribute("message", "dialogue.survey.question.saved");
			return "redirect:/surveys/" + id + "#q" + questionId;
		}
		catch (InvalidInputException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return questionPage(survey, questionId, form, model);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
			return "redirect:/surveys/" + id;
		}
	}

	private String questionPage(Survey survey, Long questionId, QuestionPageForm form, Model model) {
		model.addAttribute("survey", survey);
		model.addAttribute("questionId", questionId);
		model.addAttribute("question", form);
		return "dialogue/surveys/question";
	}

	@PostMapping("/surveys/{id:\\d+}/questions/{questionId:\\d+}/delete")
	String deleteQuestion(@PathVariable long id, @PathVariable long questionId, RedirectAttributes redirect) {
		return act(id, () -> surveys.deleteQuestion(id, questionId), "dialogue.survey.question.deleted", redirect);
	}

	/** Up and down buttons: plain forms, so the order can be changed without JavaScript. */
	@PostMapping("/surveys/{id:\\d+}/questions/{questionId:\\d+}/move")
	String move(@PathVariable long id, @PathVariable long questionId, @RequestParam String direction,
			RedirectAttributes redirect) {
		act(id, () -> surveys.move(id, questionId, "up".equals(direction) ? -1 : 1), null, redirect);
		return "redirect:/surveys/" + id + "#q" + questionId;
	}

	@PostMapping("/surveys/{id:\\d+}/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, () -> surveys.publish(id), "dialogue.survey.published", redirect);
	}

	@PostMapping("/surveys/{id:\\d+}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, () -> surveys.close(id), "dialogue.survey.closedNow", redirect);
	}

	@PostMapping("/surveys/{id:\\d+}/reopen")
	String reopen(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, () -> surveys.reopen(id), "dialogue.survey.reopened", redirect);
	}

	@PostMapping("/surveys/{id:\\d+}/draft")
	String backToDraft(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, () -> surveys.backToDraft(id), "dialogue.survey.backToDraftDone", redirect);
	}

	@PostMapping("/surveys/{id:\\d+}/copy")
	String copy(@PathVariable long id, RedirectAttributes redirect) {
		Survey copy = surveys.copy(id);
		redirect.addFlashAttribute("message", "dialogue.survey.copied");
		return "redirect:/surveys/" + copy.id();
	}

	@PostMapping("/surveys/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		Survey survey = surveys.forEditor(id);
		try {
			surveys.deleteDraft(id);
			redirect.addFlashAttribute("message", "dialogue.survey.deleted");
			return "redirect:" + ownerPage(survey) + "/surveys";
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
			return "redirect:/surveys/" + id;
		}
	}

	/** Runs a builder action and returns to the builder, with its message or the rule it broke. */
	private static String act(long id, Runnable action, String message, RedirectAttributes redirect) {
		try {
			action.run();
			if (message != null) {
				redirect.addFlashAttribute("message", message);
			}
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
		}
		return "redirect:/surveys/" + id;
	}

	// results

	@GetMapping("/surveys/{id:\\d+}/results")
	String results(@PathVariable long id, Model model) {
		Survey survey = surveys.forEditor(id);
		model.addAttribute("results", surveys.results(id));
		model.addAttribute("survey", survey);
		model.addAttribute("owner", ownerPage(survey));
		model.addAttribute("responses", surveys.responses(id));
		model.addAttribute("answerable", surveys.isAnswerableAnonymously(survey));
		return "dialogue/surveys/results";
	}

	/**
	 * One row per option, scale step or grouped free-text answer. For a ranking, {@code count} and
	 * {@code percent} are the first places and {@code points} the sum of points (place 1 of n gives
	 * n points, the last place 1), as the header says.
	 */
	@GetMapping("/surveys/{id:\\d+}/results.csv")
	void export(@PathVariable long id, HttpServletResponse response) throws IOException {
		List<Survey.QuestionResult> results = surveys.results(id);
		CsvExport.download(response, "enkat-" + id + ".csv");
		List<List<?>> rows = new ArrayList<>();
		for (Survey.QuestionResult r : results) {
			for (Survey.Row row : r.rows()) {
				List<Object> line = new ArrayList<>(List.of(r.question().text(), row.label(), row.count(), row.percent()));
				line.add(r.question().kind().name());
				line.add(row.points() == null ? "" : row.points());
				line.add(r.mean() == null ? "" : r.mean());
				rows.add(line);
			}
		}
		CsvExport.write(response.getOutputStream(), List.of("question", "answer", "count (ranking: first places)",
				"percent", "kind", "points (ranking: place 1 of n = n points, last place = 1)", "mean (scale)"), rows);
	}

	/** The page of the meeting or series the survey belongs to. */
	static String ownerPage(Survey survey) {
		return survey.meetingId() != null ? "/meetings/" + survey.meetingId() : "/series/" + survey.seriesId();
	}

	private String ownerTitle(Survey survey) {
		return survey.meetingId() != null ? meetings.get(survey.meetingId()).title() : series.get(survey.seriesId()).title();
	}

}
