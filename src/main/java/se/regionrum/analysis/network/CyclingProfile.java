package se.regionrum.analysis.network;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which OSM ways a cyclist uses, how fast, and in which direction. Cycleways and every road but
 * motorways are ridden; footways and pedestrian streets, where riding is not allowed unless a
 * {@code bicycle} tag says so, are walked with the bike at walking pace, and steps slower still;
 * bridleways only with a {@code bicycle} tag that opens them. The most specific access tag present
 * ({@code bicycle}, {@code vehicle}, {@code access}) closes a way when it is {@code no},
 * {@code private} or {@code use_sidepath}, and {@code dismount} turns riding into walking. A
 * {@code motorroad=yes} is closed unless it has its own {@code bicycle} tag.
 * <p>
 * Speed follows the class where no surface is tagged, a known {@code surface} lowers it (or, on
 * paths, tracks and bridleways, which are unpaved by default, sets it), and {@code tracktype} does
 * for a track without a surface. Cycling obeys {@code oneway} unless {@code oneway:bicycle=no} or a
 * {@code cycleway*=opposite*} lane says otherwise; a walked bike follows the walking rule.
 */
public final class CyclingProfile implements WayProfile {

	/** On a good surface. */
	static final double RIDE_KMH = 18;

	/** Walking beside the bike. */
	static final double PUSH_KMH = 5;

	/** Carrying the bike up or down steps. */
	static final double STEPS_KMH = 2;

	/** Footways and pedestrian streets are ridden at these speeds only where a bicycle tag allows it: shared with people on foot. */
	private static final Map<String, Double> RIDDEN = Map.ofEntries(Map.entry("cycleway", RIDE_KMH),
			Map.entry("trunk", RIDE_KMH), Map.entry("trunk_link", RIDE_KMH), Map.entry("primary", RIDE_KMH),
			Map.entry("primary_link", RIDE_KMH), Map.entry("secondary", RIDE_KMH),
			Map.entry("secondary_link", RIDE_KMH), Map.entry("tertiary", RIDE_KMH),
			Map.entry("tertiary_link", RIDE_KMH), Map.entry("unclassified", RIDE_KMH),
			Map.entry("residential", RIDE_KMH), Map.entry("service", 15.0), Map.entry("living_street", 10.0),
			Map.entry("path", 14.0), Map.entry("footway", 15.0), Map.entry("pedestrian", 12.0), Map.entry("track", 12.0), Map.entry("bridleway", 12.0));

	/** Classes without a hard surface unless one is tagged. */
	private static final Set<String> UNPAVED_BY_DEFAULT = Set.of("path", "track", "bridleway");

	/** Classes ridden only where a {@code bicycle} tag allows it, otherwise walked (or closed, for bridleways). */
	private static final Set<String> WALKED = Set.of("footway", "pedestrian");

	private static final Map<String, Double> SURFACE = Map.ofEntries(Map.entry("asphalt", RIDE_KMH),
			Map.entry("paved", RIDE_KMH), Map.entry("concrete", RIDE_KMH), Map.entry("concrete:plates", RIDE_KMH),
			Map.entry("chipseal", RIDE_KMH), Map.entry("paving_stones", 15.0), Map.entry("compacted", 15.0),
			Map.entry("fine_gravel", 15.0), Map.entry("wood", 12.0), Map.entry("sett", 12.0),
			Map.entry("cobblestone", 10.0), Map.entry("unhewn_cobblestone", 8.0), Map.entry("gravel", 10.0),
			Map.entry("unpaved", 10.0), Map.entry("pebblestone", 10.0), Map.entry("dirt", 10.0),
			Map.entry("ground", 10.0), Map.entry("earth", 10.0), Map.entry("grass_paver", 10.0),
			Map.entry("rock", 8.0), Map.entry("grass", 6.0), Map.entry("sand", 6.0), Map.entry("mud", 6.0),
			Map.entry("woodchips", 6.0));

	private static final Map<String, Double> TRACKTYPE = Map.of("grade1", 15.0, "grade2", 12.0, "grade3", 10.0,
			"grade4", 10.0, "grade5", 8.0);

	private static final Set<String> OPEN = Set.of("yes", "designated", "permissive", "destination");

	private static final String[] CYCLEWAY_KEYS = { "cycleway", "cycleway:left", "cycleway:right", "cycleway:both" };

	private final WalkingProfile walking = new WalkingProfile();

	@Override
	public double speedKmh(Function<String, String> tags) {
		String highway = tags.apply("highway");
		if (highway == null || "yes".equals(tags.apply("area"))) {
			return 0;
		}
		String access = WayTags.access(tags, "bicycle", "vehicle", "access");
		if (access != null && WalkingProfile.CLOSED.contains(access)) {
			return 0;
		}
		String bicycle = tags.apply("bicycle");
		if (bicycle == null && "yes".equals(tags.apply("motorroad"))) {
			return 0;
		}
		if ("steps".equals(highway)) {
			return STEPS_KMH;
		}
		if (walked(highway, bicycle)) {
			return PUSH_KMH;
		}
		Double classSpeed = RIDDEN.get(highway);
		if (classSpeed == null || ("bridleway".equals(highway) && !open(bicycle))) {
			return 0;
		}
		return ridingSpeed(highway, classSpeed, tags);
	}

	private static boolean walked(String highway, String bicycle) {
		return "dismount".equals(bicycle) || (highway != null && WALKED.contains(highway) && !open(bicycle));
	}

	private static boolean open(String bicycle) {
		return bicycle != null && OPEN.contains(bicycle);
	}

	private static double ridingSpeed(String highway, double classSpeed, Function<String, String> tags) {
		Double bySurface = SURFACE.get(String.valueOf(tags.apply("surface")));
		if (bySurface == null && "track".equals(highway)) {
			bySurface = TRACKTYPE.get(String.valueOf(tags.apply("tracktype")));
		}
		if (bySurface == null) {
			return classSpeed;
		}
		// a paved path is ridden like a cycleway; a paved living street is still shared with people on foot
		return UNPAVED_BY_DEFAULT.contains(highway) ? bySurface : Math.min(classSpeed, bySurface);
	}

	@Override
	public int direction(Function<String, String> tags) {
		if (walked(tags.apply("highway"), tags.apply("bicycle")) || "steps".equals(tags.apply("highway"))) {
			return walking.direction(tags);
		}
		int own = WayTags.oneway(tags.apply("oneway:bicycle"));
		if (own != WayTags.UNSAID) {
			return own;
		}
		for (String key : CYCLEWAY_KEYS) {
			String lane = tags.apply(key);
			if (lane != null && lane.startsWith("opposite")) {
				return 0;
			}
		}
		int oneway = WayTags.oneway(tags.apply("oneway"));
		if (oneway != WayTags.UNSAID) {
			return oneway;
		}
		return "roundabout".equals(tags.apply("junction")) ? 1 : 0;
	}

	@Override
	public String noWaysKey() {
		return "analysis.import.osm.noCycleways";
	}

}
