package se.regionrum.dialogue;

import java.time.LocalDate;

/** A meeting as other modules see it: enough to name it and link to it. */
public record MeetingRef(long id, String title, LocalDate date) {

	public String path() {
		return "/meetings/" + id;
	}

}
