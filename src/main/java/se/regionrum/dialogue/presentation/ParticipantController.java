package se.regionrum.dialogue.presentation;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import se.regionrum.dialogue.participant.Participants;
import se.regionrum.platform.NotFoundException;

/**
 * The participants' pages on their phones, without sign-in: {@code /p} to enter the code and
 * {@code /p/{code}} with the question shown now. With JavaScript the page follows the presenter
 * over {@code /p/{code}/events} and sends answers without reloading (header {@code X-Live}: the
 * answer part comes back); without it a form post and a reload do the same.
 */
@Controller
class ParticipantController {

	private static final String LIVE = "X-Live";

	private final PresentationService presentations;

	private final PresentationBroadcaster broadcaster;

	ParticipantController(PresentationService presentations, PresentationBroadcaster broadcaster) {
		this.presentations = presentations;
		this.broadcaster = broadcaster;
	}

	@GetMapping("/p")
	String join(@RequestParam(required = false) String code, Model model) {
		if (code != null) {
			return presentations.byCode(code).map(p -> "redirect:/p/" + p.joinCode()).orElseGet(() -> {
				model.addAttribute("unknown", true);
				model.addAttribute("code", code);
				return "dialogue/presentations/join";
			});
		}
		return "dialogue/presentations/join";
	}

	@GetMapping("/p/{code:\\d{8}}")
	String page(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
		Presentation presentation = byCode(code);
		String device = Participants.identify(request, response);
		model(presentation, device, model);
		return "dialogue/presentations/participant";
	}

	@GetMapping(path = "/p/{code:\\d{8}}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter events(@PathVariable String code, Locale locale) {
		return broadcaster.connectPhone(byCode(code).id(), locale);
	}

	/**
	 * The values are read raw: Spring would split a single value {@code 0,1,2} into three values,
	 * and a word-cloud answer would lose everything after a comma.
	 */
	@PostMapping("/p/{code:\\d{8}}/answer")
	String answer(@PathVariable String code, @RequestParam(required = false) Long questionId,
			@RequestHeader(name = LIVE, required = false) String live, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Presentation presentation = byCode(code);
		String device = Participants.identify(request, response);
		String[] values = request.getParameterValues("value");
		PresentationService.AnswerResult result = questionId == null ? PresentationService.AnswerResult.NOT_CURRENT
				: presentations.answer(presentation, questionId, device, values == null ? List.of() : List.of(values));
		if (result == PresentationService.AnswerResult.SAVED && live == null) {
			return "redirect:/p/" + presentation.joinCode();
		}
		model(presentation, device, model);
		model.addAttribute("result", result);
		if (result == PresentationService.AnswerResult.INVALID || result == PresentationService.AnswerResult.ONE_ONLY) {
			response.setStatus(400);
		}
		else if (result != PresentationService.AnswerResult.SAVED && result != PresentationService.AnswerResult.ALREADY_ANSWERED) {
			response.setStatus(409);
		}
		return live != null ? "dialogue/presentations/participant :: question" : "dialogue/presentations/participant";
	}

	@PostMapping("/p/{code:\\d{8}}/qa")
	String ask(@PathVariable String code, @RequestParam(required = false) Long questionId,
			@RequestParam(required = false) String body, @RequestHeader(name = LIVE, required = false) String live,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Presentation presentation = byCode(code);
		String device = Participants.identify(request, response);
		boolean sent = questionId != null && presentations.ask(presentation, questionId, device, body);
		return qaReply(presentation, device, sent, "dialogue.presentation.qa.sent", live, response, model);
	}

	@PostMapping("/p/{code:\\d{8}}/qa/{qaId:\\d+}/vote")
	String vote(@PathVariable String code, @PathVariable long qaId, @RequestHeader(name = LIVE, required = false) String live,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Presentation presentation = byCode(code);
		String device = Participants.identify(request, response);
		boolean voted = presentations.vote(presentation, qaId, device);
		return qaReply(presentation, device, voted, "dialogue.presentation.qa.voted", live, response, model);
	}

	private String qaReply(Presentation presentation, String device, boolean done, String doneKey, String live,
			HttpServletResponse response, Model model) {
		if (done && live == null) {
			return "redirect:/p/" + presentation.joinCode();
		}
		model(presentation, device, model);
		model.addAttribute("qaMessage", done ? doneKey : "dialogue.presentation.qa.refused");
		if (!done) {
			response.setStatus(409);
		}
		return live != null ? "dialogue/presentations/participant :: question" : "dialogue/presentations/participant";
	}

	private void model(Presentation presentation, String device, Model model) {
		// the latest state: a participant who joins late lands on the question shown now
		PresentationService.Live now = presentations.live(presentations.byCode(presentation.joinCode()).orElse(presentation));
		model.addAttribute("presentation", now.presentation());
		model.addAttribute("question", now.question());
		model.addAttribute("answered", now.question() != null && presentations.hasAnswered(now.question().id(), device));
		model.addAttribute("qa", now.question() != null && now.question().kind() == QuestionKind.QA
				? presentations.qa(now.question().id()) : List.of());
	}

	private Presentation byCode(String code) {
		return presentations.byCode(code).orElseThrow(() -> new NotFoundException("Presentation", code));
	}

}
