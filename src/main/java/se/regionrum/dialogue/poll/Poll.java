package se.regionrum.dialogue.poll;

import java.util.Arrays;
import java.util.List;

/** A live poll of a meeting. Status DRAFT, OPEN or CLOSED. */
public record Poll(long id, long meetingId, PollKind kind, String question, String options, String joinCode,
		String status, boolean resultsHidden) {

	public List<String> optionList() {
		if (options == null || options.isBlank()) {
			return List.of();
		}
		return Arrays.stream(options.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** The join code in two groups of four, as shown on the big screen: "1724 1676". */
	public String displayCode() {
		return joinCode.length() == 8 ? joinCode.substring(0, 4) + " " + joinCode.substring(4) : joinCode;
	}

	public boolean isOpen() {
		return "OPEN".equals(status);
	}

}
