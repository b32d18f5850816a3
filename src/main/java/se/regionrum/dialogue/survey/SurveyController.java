package se.regionrum.dialogue.survey;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
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

import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.platform.CsvExport;
import se.regionrum.platform.InvalidInputException;

/** Survey pages: create and read results (editors), answer (anyone with the link, at /s/{id}). */
@Controller
class SurveyController {

	private final SurveyService surveys;

	private final MeetingService meetings;

	SurveyController(SurveyService surveys, MeetingService meetings) {
		this.surveys = surveys;
		this.meetings = meetings;
	}

	@GetMapping("/meetings/{id:\\d+}/surveys")
	String list(@PathVariable long id, Model model) {
		model.addAttribute("meeting", meetings.requireEditable(id));
		model.addAttribute("surveys", surveys.ofMeeting(id));
		return "dialogue/surveys/list";
	}

	@PostMapping("/meetings/{id:\\d+}/surveys")
	String create(@PathVariable long id, @RequestParam String title, @RequestParam(required = false) String intro,
			@RequestParam String questions, RedirectAttributes redirect) {
		try {
			Survey survey = surveys.create(id, null, title, intro, questions);
			return "redirect:/surveys/" + survey.id() + "/results";
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			return "redirect:/meetings/" + id + "/surveys";
		}
	}

	@GetMapping("/surveys/{id:\\d+}/results")
	String results(@PathVariable long id, Model model) {
		Survey survey = surveys.find(id);
		model.addAttribute("survey", survey);
		model.addAttribute("results", surveys.results(id));
		model.addAttribute("responses", surveys.responses(id));
		return "dialogue/surveys/results";
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

	@GetMapping("/s/{id:\\d+}")
	String form(@PathVariable long id, Model model) {
		Survey survey = surveys.find(id);
		model.addAttribute("survey", survey);
		model.addAttribute("questions", surveys.questions(id));
		return "dialogue/surveys/answer";
	}

	@PostMapping("/s/{id:\\d+}")
	String answer(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
		Map<Long, String> answers = new HashMap<>();
		params.forEach((k, v) -> {
			if (k.matches("q\\d{1,12}")) {
				answers.put(Long.parseLong(k.substring(1)), v);
			}
		});
		boolean saved = surveys.respond(id, answers);
		model.addAttribute("survey", surveys.find(id));
		model.addAttribute("questions", surveys.questions(id));
		model.addAttribute("saved", saved);
		return "dialogue/surveys/answer";
	}

}
