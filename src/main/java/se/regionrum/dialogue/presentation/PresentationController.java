package se.regionrum.dialogue.presentation;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.platform.CsvExport;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.PublicBaseUrl;

/**
 * The presenter's pages: the meeting's presentations, the control page, the big screen (its own
 * layout, without the site's header), QR code, exports and the printable summary. The service
 * checks that the signed-in user may edit the meeting. Actions sent by the big screen's keyboard
 * script carry {@code X-Live} and get 204 instead of a redirect.
 */
@Controller
class PresentationController {

	private static final String LIVE = "X-Live";

	private final PresentationService presentations;

	private final PresentationBroadcaster broadcaster;

	private final PresentationExport export;

	private final MeetingService meetings;

	private final PublicBaseUrl publicBaseUrl;

	PresentationController(PresentationService presentations, PresentationBroadcaster broadcaster,
			PresentationExport export, MeetingService meetings, PublicBaseUrl publicBaseUrl) {
		this.presentations = presentations;
		this.broadcaster = broadcaster;
		this.export = export;
		this.meetings = meetings;
		this.publicBaseUrl = publicBaseUrl;
	}

	@GetMapping("/meetings/{id:\\d+}/presentations")
	String list(@PathVariable long id, Model model) {
		model.addAttribute("meeting", meetings.requireEditable(id));
		model.addAttribute("presentations", presentations.ofMeeting(id));
		return "dialogue/presentations/list";
	}

	@PostMapping("/meetings/{id:\\d+}/presentations")
	String create(@PathVariable long id, @RequestParam(required = false) String title, RedirectAttributes redirect) {
		try {
			return "redirect:/presentations/" + presentations.create(id, title).id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
			return "redirect:/meetings/" + id + "/presentations";
		}
	}

	/** The single polls became presentations (V36); their old addresses lead there. */
	@GetMapping("/meetings/{id:\\d+}/polls")
	String oldPolls(@PathVariable long id) {
		return "redirect:/meetings/" + id + "/presentations";
	}

	@GetMapping("/polls/{id:\\d+}/present")
	String oldPoll(@PathVariable long id) {
		return "redirect:/presentations/" + presentations.fromPoll(id).orElseThrow(() -> new NotFoundException("Poll", id));
	}

	@GetMapping("/presentations/{id:\\d+}")
	String control(@PathVariable long id, Model model) {
		Presentation presentation = presentations.get(id);
		PresentationService.Live live = presentations.live(presentation);
		model.addAttribute("presentation", presentation);
		model.addAttribute("meeting", presentations.meetingOf(presentation));
		model.addAttribute("questions", presentations.questions(id));
		model.addAttribute("current", live.question());
		model.addAttribute("results", live.question() == null ? null : presentations.results(id, live.question().id()));
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("joinUrl", joinUrl(presentation));
		return "dialogue/presentations/control";
	}

	@PostMapping("/presentations/{id:\\d+}/questions")
	String addQuestion(@PathVariable long id, @RequestParam(required = false) QuestionKind kind,
			@RequestParam(required = false) String question, @RequestParam(required = false) String options,
			RedirectAttributes redirect) {
		try {
			presentations.addQuestion(id, kind, question, options);
			redirect.addFlashAttribute("message", "dialogue.presentation.questionAdded");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failure", ex.messageKey());
			redirect.addFlashAttribute("draft", new QuestionDraft(kind, question, options));
		}
		return "redirect:/presentations/" + id + "#add-question";
	}

	/** What the presenter typed, kept when the question was refused. */
	record QuestionDraft(QuestionKind kind, String question, String options) {
	}

	@PostMapping("/presentations/{id:\\d+}/position")
	Object move(@PathVariable long id, @RequestParam int position, @RequestHeader(name = LIVE, required = false) String live,
			@RequestParam(required = false) String back) {
		presentations.move(id, position);
		return done(id, live, back);
	}

	@PostMapping("/presentations/{id:\\d+}/next")
	Object next(@PathVariable long id, @RequestHeader(name = LIVE, required = false) String live,
			@RequestParam(required = false) String back) {
		presentations.step(id, 1);
		return done(id, live, back);
	}

	@PostMapping("/presentations/{id:\\d+}/previous")
	Object previous(@PathVariable long id, @RequestHeader(name = LIVE, required = false) String live,
			@RequestParam(required = false) String back) {
		presentations.step(id, -1);
		return done(id, live, back);
	}

	@PostMapping("/presentations/{id:\\d+}/hidden")
	Object toggleHidden(@PathVariable long id, @RequestHeader(name = LIVE, required = false) String live,
			@RequestParam(required = false) String back) {
		presentations.toggleHidden(id);
		return done(id, live, back);
	}

	@PostMapping("/presentations/{id:\\d+}/questions/{questionId:\\d+}/locked")
	String lock(@PathVariable long id, @PathVariable long questionId, @RequestParam boolean locked) {
		presentations.setLocked(id, questionId, locked);
		return "redirect:/presentations/" + id;
	}

	@PostMapping("/presentations/{id:\\d+}/questions/{questionId:\\d+}/hidden")
	String hide(@PathVariable long id, @PathVariable long questionId, @RequestParam boolean hidden) {
		presentations.setHidden(id, questionId, hidden);
		return "redirect:/presentations/" + id;
	}

	@PostMapping("/presentations/{id:\\d+}/questions/{questionId:\\d+}/moderate")
	String moderate(@PathVariable long id, @PathVariable long questionId, @RequestParam String key) {
		presentations.moderate(id, questionId, key);
		return "redirect:/presentations/" + id + "#moderation";
	}

	@PostMapping("/presentations/{id:\\d+}/questions/{questionId:\\d+}/qa/{qaId:\\d+}")
	String qaStatus(@PathVariable long id, @PathVariable long questionId, @PathVariable long qaId,
			@RequestParam String status) {
		presentations.setQaStatus(id, questionId, qaId, status);
		return "redirect:/presentations/" + id + "#moderation";
	}

	/** 204 for the big screen's script; else back to the control page, or to the big screen it came from. */
	private Object done(long id, String live, String back) {
		if (live != null) {
			return ResponseEntity.noContent().build();
		}
		return "redirect:/presentations/" + id + ("screen".equals(back) ? "/screen" : "");
	}

	// big screen

	@GetMapping("/presentations/{id:\\d+}/screen")
	String screen(@PathVariable long id, Model model) {
		screenModel(id, model);
		return "dialogue/presentations/screen";
	}

	/** The question part of the big screen, fetched by its script when the presenter moves. */
	@GetMapping("/presentations/{id:\\d+}/screen/part")
	String screenPart(@PathVariable long id, Model model) {
		screenModel(id, model);
		return "dialogue/presentations/screen :: stage";
	}

	private void screenModel(long id, Model model) {
		Presentation presentation = presentations.get(id);
		PresentationService.Live live = presentations.live(presentation);
		model.addAttribute("presentation", live.presentation());
		model.addAttribute("question", live.question());
		model.addAttribute("count", presentations.questions(id).size());
		model.addAttribute("results", live.question() == null ? null : presentations.results(id, live.question().id()));
		model.addAttribute("joinUrl", joinUrl(presentation));
	}

	@GetMapping(path = "/presentations/{id:\\d+}/screen/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter screenEvents(@PathVariable long id, Locale locale) {
		presentations.get(id);
		return broadcaster.connectScreen(id, locale);
	}

	@GetMapping(path = "/presentations/{id:\\d+}/qr.svg", produces = "image/svg+xml")
	@ResponseBody
	ResponseEntity<String> qr(@PathVariable long id, Locale locale) {
		Presentation presentation = presentations.get(id);
		String url = joinUrl(presentation);
		return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).body(QrCodes.svg(url, url));
	}

	// results

	@GetMapping("/presentations/{id:\\d+}/summary")
	String summary(@PathVariable long id, Model model) {
		Presentation presentation = presentations.get(id);
		model.addAttribute("presentation", presentation);
		model.addAttribute("meeting", presentations.meetingOf(presentation));
		model.addAttribute("all", allResults(id));
		model.addAttribute("joinUrl", joinUrl(presentation));
		return "dialogue/presentations/summary";
	}

	@GetMapping("/presentations/{id:\\d+}/summary.csv")
	void summaryCsv(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
		presentations.get(id);
		List<Results> all = allResults(id);
		csv(response, "presentation-" + id + ".csv");
		export.summary(response.getOutputStream(), all, locale);
	}

	@GetMapping("/presentations/{id:\\d+}/questions/{questionId:\\d+}/results.csv")
	void questionCsv(@PathVariable long id, @PathVariable long questionId, Locale locale, HttpServletResponse response)
			throws IOException {
		Results results = presentations.results(id, questionId);
		csv(response, "presentation-" + id + "-question-" + results.question().number() + ".csv");
		export.question(response.getOutputStream(), results, locale);
	}

	private List<Results> allResults(long id) {
		return presentations.questions(id).stream().map(q -> presentations.results(id, q.id())).toList();
	}

	private static void csv(HttpServletResponse response, String name) {
		response.setStatus(HttpStatus.OK.value());
		CsvExport.download(response, name);
	}

	private String joinUrl(Presentation presentation) {
		return publicBaseUrl.link("/p/" + presentation.joinCode());
	}

}
