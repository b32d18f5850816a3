package se.regionrum.analysis.network;

import java.util.Locale;

/**
 * How to read road links: which attribute holds the speed (km/h) and which the direction, the
 * speed of a link without one, and how close two link ends must be to count as one junction.
 * A null attribute name means the first of the usual names the file has.
 *
 * @param speed usual names {@code speed}, {@code hastighet}, {@code maxspeed}
 * @param direction usual names {@code direction}, {@code riktning}; values {@code both}/{@code båda},
 *        {@code forward}/{@code med}/{@code 1} (along the line's drawing order), {@code backward}/{@code mot}/{@code -1};
 *        a link without a value goes both ways
 */
public record LinkAttributes(String speed, String direction, double defaultSpeedKmh, double snapMeters) {

	static final String[] SPEED = { "speed", "hastighet", "maxspeed", "hogst_tillaten_hastighet" };
	static final String[] DIRECTION = { "direction", "riktning" };

	public LinkAttributes {
		if (!(defaultSpeedKmh > 0) || !(snapMeters >= 0)) {
			throw new IllegalArgumentException("default speed must be above zero and snap distance zero or more");
		}
	}

	/** Usual names, 50 km/h where a link has no speed, ends within 0.5 m joined. */
	public static LinkAttributes defaults() {
		return new LinkAttributes(null, null, 50, 0.5);
	}

	public LinkAttributes withSnapMeters(double meters) {
		return new LinkAttributes(speed, direction, defaultSpeedKmh, meters);
	}

	String[] speedNames() {
		return speed == null ? SPEED : new String[] { speed };
	}

	String[] directionNames() {
		return direction == null ? DIRECTION : new String[] { direction };
	}

	/** 1 along the drawing order, -1 against it, 0 both ways, or null for a value we do not know. */
	static Integer direction(String value) {
		switch (value.trim().toLowerCase(Locale.ROOT)) {
			case "", "both", "båda", "b", "0":
				return 0;
			case "forward", "med", "f", "1":
				return 1;
			case "backward", "mot", "-1":
				return -1;
			default:
				return null;
		}
	}
}
