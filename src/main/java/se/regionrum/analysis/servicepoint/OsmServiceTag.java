package se.regionrum.analysis.servicepoint;

import java.util.ArrayList;
import java.util.List;

/** An OSM tag that makes an element a service point of a type, such as {@code shop=supermarket -> grocery_full}. */
public record OsmServiceTag(String key, String value, String type) {

	/**
	 * A mapping written as the setting {@code regionrum.analysis.osm-service-tags} and the command's
	 * {@code --osm-tags} take it: {@code key=value:type} entries separated by commas or new lines,
	 * such as {@code shop=supermarket:grocery_full, amenity=fuel:fuel}. Blank gives the defaults.
	 *
	 * @throws IllegalArgumentException naming the entry that is not of that form
	 */
	public static List<OsmServiceTag> parse(String mapping) {
		if (mapping == null || mapping.isBlank()) {
			return defaults();
		}
		List<OsmServiceTag> tags = new ArrayList<>();
		for (String entry : mapping.split("[,\\n]")) {
			String e = entry.strip();
			if (e.isEmpty()) {
				continue;
			}
			int eq = e.indexOf('=');
			int colon = e.lastIndexOf(':');
			if (eq <= 0 || colon <= eq + 1 || colon == e.length() - 1) {
				throw new IllegalArgumentException("OSM tag mapping entry \"" + e + "\" is not of the form key=value:type");
			}
			tags.add(new OsmServiceTag(e.substring(0, eq).strip(), e.substring(eq + 1, colon).strip(),
					e.substring(colon + 1).strip()));
		}
		return List.copyOf(tags);
	}

	/** The mapping used unless the caller gives another. */
	public static List<OsmServiceTag> defaults() {
		return List.of(new OsmServiceTag("shop", "supermarket", "grocery_full"),
				new OsmServiceTag("shop", "convenience", "grocery_other"),
				new OsmServiceTag("shop", "general", "grocery_other"),
				new OsmServiceTag("amenity", "pharmacy", "pharmacy"),
				new OsmServiceTag("amenity", "fuel", "fuel"),
				new OsmServiceTag("amenity", "post_office", "parcel_post"),
				new OsmServiceTag("amenity", "parcel_locker", "parcel_post"),
				new OsmServiceTag("amenity", "atm", "cash"),
				new OsmServiceTag("amenity", "bank", "payment"));
	}
}
