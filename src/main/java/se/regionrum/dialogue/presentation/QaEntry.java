package se.regionrum.dialogue.presentation;

/** A question a participant sent to a Q&A; status VISIBLE, ANSWERED or HIDDEN (removed by the presenter). */
public record QaEntry(long id, String body, int votes, String status) {

	public boolean answered() {
		return "ANSWERED".equals(status);
	}

}
