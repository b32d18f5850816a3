package se.regionrum.dialogue.presentation;

/**
 * A live presentation of a meeting: ordered questions behind one join code. {@code position} is
 * the question the presenter shows now; {@code version} grows with every change phones follow.
 */
public record Presentation(long id, long meetingId, String title, String joinCode, int position, long version) {

	/** The join code in two groups of four, as shown on the big screen: "1724 1676". */
	public String displayCode() {
		return displayCode(joinCode);
	}

	static String displayCode(String code) {
		return code.length() == 8 ? code.substring(0, 4) + " " + code.substring(4) : code;
	}

}
