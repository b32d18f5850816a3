package se.regionrum.analysis.network;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which OSM ways a car may drive, how fast, and in which direction. A way counts when its
 * {@code highway} class has a speed here, it is no area and no road under construction or only
 * planned, and the most specific access tag present ({@code motorcar}, then {@code motor_vehicle},
 * {@code vehicle}, {@code access}) does not close it. A numeric {@code maxspeed} (km/h, or "mph")
 * lowers the class speed but never raises it, so that a mistagged residential street cannot
 * become a motorway.
 */
public final class CarProfile implements WayProfile {

	/** A numeric maxspeed below this is ignored as a mistag. */
	static final double MIN_MAXSPEED_KMH = 5;

	private static final String[] ACCESS_KEYS = { "motorcar", "motor_vehicle", "vehicle", "access" };

	private final Map<String, Double> speeds;
	private final Set<String> closedAccess;

	private CarProfile(Map<String, Double> speeds, Set<String> closedAccess) {
		this.speeds = Map.copyOf(speeds);
		this.closedAccess = Set.copyOf(closedAccess);
	}

	/** Speeds in km/h per highway class, the usual rural defaults; access {@code no} and {@code private} close a way. */
	public static CarProfile defaults() {
		Map<String, Double> speeds = new LinkedHashMap<>();
		speeds.put("motorway", 110.0);
		speeds.put("motorway_link", 70.0);
		speeds.put("trunk", 90.0);
		speeds.put("trunk_link", 60.0);
		speeds.put("primary", 80.0);
		speeds.put("primary_link", 50.0);
		speeds.put("secondary", 70.0);
		speeds.put("secondary_link", 45.0);
		speeds.put("tertiary", 60.0);
		speeds.put("tertiary_link", 40.0);
		speeds.put("unclassified", 50.0);
		speeds.put("residential", 40.0);
		speeds.put("living_street", 10.0);
		speeds.put("service", 20.0);
		return new CarProfile(speeds, Set.of("no", "private"));
	}

	/** The same profile with another speed for one class (0 leaves the class out). */
	public CarProfile withSpeed(String highway, double kmh) {
		if (!(kmh == 0 || kmh >= 1) || Double.isInfinite(kmh)) {
			// slower than 1 km/h, a 250 m edge would take longer than the engine lets an edge take
			throw new IllegalArgumentException("speed must be zero (class left out) or at least 1 km/h");
		}
		Map<String, Double> changed = new LinkedHashMap<>(speeds);
		if (kmh == 0) {
			changed.remove(highway);
		}
		else {
			changed.put(highway, kmh);
		}
		return new CarProfile(changed, closedAccess);
	}

	/** The same profile with other access values that close a way (for example adding "agricultural"). */
	public CarProfile withClosedAccess(Set<String> values) {
		return new CarProfile(speeds, values);
	}

	public Map<String, Double> speeds() {
		return speeds;
	}

	public Set<String> closedAccess() {
		return closedAccess;
	}

	/** The speed in km/h a car drives the way at, or 0 when cars do not use it. */
	@Override
	public double speedKmh(Function<String, String> tags) {
		String highway = tags.apply("highway");
		Double classSpeed = highway == null ? null : speeds.get(highway);
		if (classSpeed == null || "yes".equals(tags.apply("area")) || closed(tags)) {
			return 0;
		}
		double max = maxspeed(tags.apply("maxspeed"));
		// "0" or "0.5" is a mistag, not a road to crawl along: below walking pace the class speed holds
		return max >= MIN_MAXSPEED_KMH ? Math.min(max, classSpeed) : classSpeed;
	}

	/** 1 when the way may only be driven along its node order, -1 only against it, 0 both ways. */
	@Override
	public int direction(Function<String, String> tags) {
		// "reversible" and other values leave it to the implied rules
		int oneway = WayTags.oneway(tags.apply("oneway"));
		if (oneway != WayTags.UNSAID) {
			return oneway;
		}
		String junction = tags.apply("junction");
		return "roundabout".equals(junction) || "motorway".equals(tags.apply("highway")) ? 1 : 0;
	}

	private boolean closed(Function<String, String> tags) {
		String value = WayTags.access(tags, ACCESS_KEYS);
		return value != null && closedAccess.contains(value);
	}

	/** The km/h of a numeric maxspeed ("50", "50 km/h", "30 mph"), or 0 for "SE:urban", "signals" and the like. */
	static double maxspeed(String value) {
		if (value == null) {
			return 0;
		}
		String text = value.trim().toLowerCase(Locale.ROOT);
		int end = 0;
		while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
			end++;
		}
		if (end == 0) {
			return 0;
		}
		try {
			double number = Double.parseDouble(text.substring(0, end));
			return text.endsWith("mph") ? number * 1.609344 : number;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}
}
