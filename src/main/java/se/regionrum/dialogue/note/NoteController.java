package se.regionrum.dialogue.note;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import se.regionrum.actors.Organisations;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.OrganisationDirectory;

/** Notes of a meeting and the "take up as initiative" action. Signed-in users only. */
@Controller
class NoteController {

	private final NoteService notes;

	private final MeetingService meetings;

	private final OrganisationDirectory directory;

	private final Organisations organisations;

	NoteController(NoteService notes, MeetingService meetings, OrganisationDirectory directory,
			Organisations organisations) {
		this.notes = notes;
		this.meetings = meetings;
		this.directory = directory;
		this.organisations = organisations;
	}

	@GetMapping("/meetings/{id:\\d+}/notes")
	String notes(@PathVariable long id, Model model) {
		Meeting meeting = meetings.get(id);
		List<MeetingNote> list = notes.ofMeeting(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("notes", list);
		model.addAttribute("canEdit", meetings.canEdit(meeting));
		Map<Long, List<NoteTakeUp>> takeUps = new LinkedHashMap<>();
		for (MeetingNote note : list) {
			takeUps.put(note.id(), notes.takeUpsOf(note.id()));
		}
		model.addAttribute("takeUpsByNote", takeUps);
		model.addAttribute("organisations", directory.all());
		model.addAttribute("municipalities", organisations.municipalities());
		model.addAttribute("levels", TakeUpLevel.values());
		model.addAttribute("obstacleKinds", NoteService.OBSTACLE_KINDS);
		model.addAttribute("removers", NoteService.REMOVERS);
		if (!model.containsAttribute("form")) {
			TakeUpForm form = new TakeUpForm();
			form.setOwnerOrganisationId(meeting.organiserId());
			model.addAttribute("form", form);
		}
		return "dialogue/notes/list";
	}

	@PostMapping("/meetings/{id:\\d+}/notes")
	String add(@PathVariable long id, @RequestParam String body, RedirectAttributes redirect) {
		if (body == null || body.isBlank()) {
			// "failure" is the flash the layout shows
			redirect.addFlashAttribute("failure", "dialogue.note.empty");
		}
		else {
			notes.add(id, body);
			redirect.addFlashAttribute("message", "platform.saved");
		}
		return "redirect:/meetings/" + id + "/notes";
	}

	@PostMapping("/notes/{noteId:\\d+}/take-up")
	String takeUp(@PathVariable long noteId, @Valid @ModelAttribute("form") TakeUpForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		MeetingNote note = notes.get(noteId);
		// who may comes before what was typed: others get 403, not the form's errors
		meetings.requireEditable(note.meetingId());
		if (!result.hasErrors()) {
			try {
				notes.takeUp(noteId, form);
			}
			catch (InvalidInputException ex) {
				if (ex.field() != null) {
					result.rejectValue(ex.field(), ex.messageKey());
				}
				else {
					result.reject(ex.messageKey());
				}
			}
		}
		if (result.hasErrors()) {
			// the page again, with the errors next to the fields of this note's form and its values kept
			model.addAttribute("failedNote", noteId);
			return notes(note.meetingId(), model);
		}
		redirect.addFlashAttribute("message", "dialogue.note.takenUp");
		return "redirect:/meetings/" + note.meetingId() + "/notes#note-" + noteId;
	}

}
