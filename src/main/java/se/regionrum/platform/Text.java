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

	/**
	 * The ESCAPE clause that goes with {@link #containsPattern}: every {@code like} of such a pattern
	 * ends with it, so that the escape character is the same on H2 and PostgreSQL whatever their
	 * defaults.
	 */
	public static final String LIKE_ESCAPE = " escape '\\'";

	/**
	 * A LIKE pattern that finds the text anywhere, in lower case, with the LIKE wildcards in it escaped
	 * by a backslash (see {@link #LIKE_ESCAPE}).
	 */
	public static String containsPattern(String text) {
		String lower = text.trim().toLowerCase(Locale.ROOT);
		return "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
