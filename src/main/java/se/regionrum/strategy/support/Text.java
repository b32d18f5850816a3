package se.regionrum.strategy.support;

import java.util.Locale;

/** Small text helpers the strategy features share. */
public final class Text {

	private Text() {
	}

	/** The trimmed text, or {@code null} when it is empty. */
	public static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** A LIKE pattern that finds the text anywhere, with the LIKE wildcards in it escaped. */
	public static String containsPattern(String text) {
		String lower = text.trim().toLowerCase(Locale.ROOT);
		return "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
