package se.regionrum.analysis.network;

import java.util.Set;
import java.util.function.Function;

/**
 * Which OSM ways a pedestrian may walk, and how fast. Footways, paths, pedestrian streets, steps,
 * tracks, cycleways, bridleways (Swedish right of public access) and every road but motorways are
 * walked, unless the most specific access tag present ({@code foot}, then {@code access}) is
 * {@code no}, {@code private} or {@code use_sidepath} (a sidewalk mapped beside it), or the road is
 * a {@code motorroad=yes} without its own {@code foot} tag. Walking ignores {@code oneway}: only
 * {@code oneway:foot} gives a direction.
 */
public final class WalkingProfile implements WayProfile {

	public static final double WALK_KMH = 5;

	/** Along the slope: steps take longer per metre of map than level ground. */
	static final double STEPS_KMH = 3;

	/** Paths rated harder than {@code sac_scale=hiking}: rough mountain ground. */
	static final double ROUGH_KMH = 3;

	private static final Set<String> WAYS = Set.of("footway", "pedestrian", "path", "steps", "track", "cycleway",
			"bridleway", "living_street", "residential", "service", "unclassified", "tertiary", "tertiary_link",
			"secondary", "secondary_link", "primary", "primary_link", "trunk", "trunk_link");

	static final Set<String> CLOSED = Set.of("no", "private", "use_sidepath");

	@Override
	public double speedKmh(Function<String, String> tags) {
		String highway = tags.apply("highway");
		if (highway == null || !WAYS.contains(highway) || "yes".equals(tags.apply("area"))) {
			return 0;
		}
		String access = WayTags.access(tags, "foot", "access");
		if (access != null && CLOSED.contains(access)) {
			return 0;
		}
		if (tags.apply("foot") == null && "yes".equals(tags.apply("motorroad"))) {
			return 0;
		}
		if ("steps".equals(highway)) {
			return STEPS_KMH;
		}
		String sacScale = tags.apply("sac_scale");
		return sacScale == null || "hiking".equals(sacScale) ? WALK_KMH : ROUGH_KMH;
	}

	@Override
	public int direction(Function<String, String> tags) {
		int oneway = WayTags.oneway(tags.apply("oneway:foot"));
		return oneway == WayTags.UNSAID ? 0 : oneway;
	}

	@Override
	public String noWaysKey() {
		return "analysis.import.osm.noWalkways";
	}

}
