package se.regionrum.analysis.servicepoint;

import java.util.List;

/** An OSM tag that makes an element a service point of a type, such as {@code shop=supermarket -> grocery_full}. */
public record OsmServiceTag(String key, String value, String type) {

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
