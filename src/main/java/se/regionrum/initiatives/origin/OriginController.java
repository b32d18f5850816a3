package se.regionrum.initiatives.origin;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.regionrum.initiatives.InitiativeRef;
import se.regionrum.initiatives.Initiatives;
import se.regionrum.platform.NotFoundException;

/**
 * Links from other modules to the initiatives that came from one of their records, without
 * knowing the initiatives' ids: the meeting notes page links here.
 */
@Controller
class OriginController {

	private final Initiatives initiatives;

	OriginController(Initiatives initiatives) {
		this.initiatives = initiatives;
	}

	/**
	 * The initiative taken up from the note with the given title; the first one from the note if
	 * none has that title (any more); not found while none has been created yet.
	 */
	@GetMapping("/initiatives/from/meeting-note/{noteId:\\d+}")
	String fromMeetingNote(@PathVariable long noteId, @RequestParam(required = false) String title) {
		List<InitiativeRef> found = initiatives.fromOrigin(MeetingNoteTakeUpListener.ORIGIN_KIND, noteId);
		InitiativeRef initiative = found.stream()
			.filter(i -> i.title().equals(title))
			.findFirst()
			.or(() -> found.stream().findFirst())
			.orElseThrow(() -> new NotFoundException("Initiative from meeting note", noteId));
		return "redirect:/initiatives/" + initiative.id();
	}

}
