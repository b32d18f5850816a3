package se.regionrum.platform;

import java.util.Locale;

/** Small text helpers that forms, services, queries and imports share. */
public final class Text {

	private Text() {
	}

	/** The text without surrounding white space, or {@code null} when nothing else is left. */
	public static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A LIKE pattern that finds the text anywhere, with the LIKE wildcards in it escaped. */
	public static String containsPattern(String text) {
		String lower = text.trim().toLowerCase(Locale.ROOT);
		return "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
