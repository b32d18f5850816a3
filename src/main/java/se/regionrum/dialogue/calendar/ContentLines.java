package se.regionrum.dialogue.calendar;

/**
 * Folds iCalendar content lines at 75 octets, as RFC 5545 §3.1 requires, without splitting a
 * UTF-8 sequence. ical4j folds at 73 characters, which makes lines with å, ä and ö longer than 75
 * octets; its output is therefore unfolded and folded again here.
 */
final class ContentLines {

	static final int MAX_OCTETS = 75;

	private static final String CRLF = "\r\n";

	private ContentLines() {
	}

	/** The same calendar with every content line folded at 75 octets. */
	static String refold(String calendar) {
		// unfolding removes a line break followed by one space or tab (RFC 5545 §3.1)
		String unfolded = calendar.replace(CRLF + " ", "").replace(CRLF + "\t", "");
		StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 50);
		int start = 0;
		while (start < unfolded.length()) {
			int end = unfolded.indexOf(CRLF, start);
			if (end < 0) {
				end = unfolded.length();
			}
			fold(unfolded, start, end, out);
			start = end + CRLF.length();
		}
		return out.toString();
	}

	/** Writes one logical line, breaking before a code point that would not fit in 75 octets. */
	private static void fold(String text, int from, int to, StringBuilder out) {
		int octets = 0;
		int i = from;
		while (i < to) {
			int codePoint = text.codePointAt(i);
			int length = utf8Length(codePoint);
			if (octets + length > MAX_OCTETS) {
				out.append(CRLF).append(' ');
				// the space that marks a continuation line counts
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += length;
			i += Character.charCount(codePoint);
		}
		out.append(CRLF);
	}

	static int utf8Length(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return codePoint < 0x10000 ? 3 : 4;
	}

}
