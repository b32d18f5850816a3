package se.regionrum.analysis.network;

import java.util.function.Function;

/** Tag rules the profiles share: which access tag decides, and what a oneway value says. */
final class WayTags {

	/** A oneway value that says nothing about direction ("reversible", "alternating", a typo). */
	static final int UNSAID = Integer.MIN_VALUE;

	private WayTags() {
	}

	/** The value of the most specific access key present (keys from most to least specific), or null. */
	static String access(Function<String, String> tags, String... keys) {
		for (String key : keys) {
			String value = tags.apply(key);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	/** 1 along the way, -1 against it, 0 both ways, or {@link #UNSAID} for a missing or unknown value. */
	static int oneway(String value) {
		if (value == null) {
			return UNSAID;
		}
		return switch (value) {
			case "yes", "1", "true" -> 1;
			case "-1", "reverse" -> -1;
			case "no", "0", "false" -> 0;
			default -> UNSAID;
		};
	}

}
