package se.regionrum.dialogue.poll;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.dialogue.participant.Participants;
import se.regionrum.platform.CsvExport;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.PublicBaseUrl;

/**
 * The presenter's pages (sign-in, editors of the meeting) and the participants' join and answer
 * pages at {@code /p} (no sign-in; one answer per participant: browser session and device cookie,
 * see {@link Participants}).
 */
@Controller
class PollController {

	private final PollService polls;

	private final PollBroadcaster broadcaster;

	private final MeetingService meetings;

	private final PublicBaseUrl publicBaseUrl;

	PollController(PollService polls, PollBroadcaster broadcaster, MeetingService meetings,
			PublicBaseUrl publicBaseUrl) {
		this.polls = polls;
		this.broadcaster = broadcaster;
		this.meetings = meetings;
		this.publicBaseUrl = publicBaseUrl;
	}

	@GetMapping("/meetings/{id:\\d+}/polls")
	String list(@PathVariable long id, Model model) {
		Meeting meeting = meetings.requireEditable(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("polls", polls.ofMeeting(id));
		model.addAttribute("kinds", PollKind.values());
		return "dialogue/polls/list";
	}

	@PostMapping("/meetings/{id:\\d+}/polls")
	String create(@PathVariable long id, @RequestParam PollKind kind, @RequestParam String question,
			@RequestParam(required = false) String options, RedirectAttributes redirect) {
		try {
			Poll poll = polls.create(id, kind, question, options);
			return "redirect:/polls/" + poll.id() + "/present";
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
			return "redirect:/meetings/" + id + "/polls";
		}
	}

	@GetMapping("/polls/{id:\\d+}/present")
	String present(@PathVariable long id, Model model) {
		Poll poll = polls.get(id);
		model.addAttribute("poll", poll);
		model.addAttribute("meeting", meetings.get(poll.meetingId()));
		model.addAttribute("results", polls.results(id));
		model.addAttribute("joinUrl", publicBaseUrl.link("/p"));
		return "dialogue/polls/present";
	}

	@GetMapping(path = "/polls/{id:\\d+}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter stream(@PathVariable long id, Locale locale) {
		polls.get(id);
		return broadcaster.connect(id, locale);
	}

	@PostMapping("/polls/{id:\\d+}/status")
	String status(@PathVariable long id, @RequestParam String status) {
		if (!List.of("DRAFT", "OPEN", "CLOSED").contains(status)) {
			throw new InvalidInputException("status", "dialogue.poll.status");
		}
		polls.setStatus(id, status);
		return "redirect:/polls/" + id + "/present";
	}

	@PostMapping("/polls/{id:\\d+}/hidden")
	String hidden(@PathVariable long id, @RequestParam boolean hidden) {
		polls.setHidden(id, hidden);
		return "redirect:/polls/" + id + "/present";
	}

	@PostMapping("/polls/{id:\\d+}/moderate")
	String moderate(@PathVariable long id, @RequestParam String word) {
		polls.moderate(id, word);
		return "redirect:/polls/" + id + "/present";
	}

	/** From the live moderation list (htmx): nothing to swap, the SSE stream brings the new lists. */
	@PostMapping(path = "/polls/{id:\\d+}/moderate", headers = "HX-Request")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void moderateLive(@PathVariable long id, @RequestParam String word) {
		polls.moderate(id, word);
	}

	@GetMapping("/polls/{id:\\d+}/results.csv")
	void export(@PathVariable long id, HttpServletResponse response) throws IOException {
		polls.get(id);
		PollResults results = polls.results(id);
		response.setContentType(CsvExport.MEDIA_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"omrostning-" + id + ".csv\"");
		CsvExport.write(response.getOutputStream(), List.of("answer", "count", "percent"),
				results.rows().stream().map(r -> List.<Object>of(r.label(), r.count(), r.percent())).toList());
	}

	// participants

	@GetMapping("/p")
	String join(@RequestParam(required = false) String code, Model model) {
		if (code != null) {
			return polls.byCode(code).map(p -> "redirect:/p/" + p.joinCode()).orElseGet(() -> {
				model.addAttribute("unknown", true);
				model.addAttribute("code", code);
				return "dialogue/polls/join";
			});
		}
		return "dialogue/polls/join";
	}

	@GetMapping("/p/{code:\\d{8}}")
	String answerForm(@PathVariable String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Poll poll = polls.byCode(code).orElseThrow(() -> new se.regionrum.platform.NotFoundException("Poll", code));
		String device = Participants.identify(request, response);
		model.addAttribute("poll", poll);
		model.addAttribute("answered", polls.hasAnswered(poll.id(), device));
		return "dialogue/polls/answer";
	}

	/**
	 * The answer's values are read raw: Spring would split a single value {@code 0,1,2} into three
	 * values, so a single-choice poll took the first and a word-cloud answer lost everything after a
	 * comma.
	 */
	@PostMapping("/p/{code:\\d{8}}")
	String answer(@PathVariable String code,
			@org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false) String htmx,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Poll poll = polls.byCode(code).orElseThrow(() -> new se.regionrum.platform.NotFoundException("Poll", code));
		String device = Participants.identify(request, response);
		String[] values = request.getParameterValues("value");
		PollService.AnswerResult result = polls.answer(poll, device, values == null ? List.of() : List.of(values));
		model.addAttribute("poll", poll);
		model.addAttribute("result", result);
		model.addAttribute("answered", result == PollService.AnswerResult.SAVED
				|| result == PollService.AnswerResult.ALREADY_ANSWERED);
		if (result == PollService.AnswerResult.INVALID || result == PollService.AnswerResult.ONE_ONLY) {
			response.setStatus(400);
		}
		// htmx (the phone page with JavaScript) gets only the answer part, without the layout
		return htmx != null ? "dialogue/polls/answer :: answerPart" : "dialogue/polls/answer";
	}

}
