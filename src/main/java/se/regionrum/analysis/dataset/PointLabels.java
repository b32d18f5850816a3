package se.regionrum.analysis.dataset;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service point is called where it is shown or exported. OpenStreetMap has many shops and
 * fuel stations without a {@code name} tag; shown blank they make empty rows in a ranking, so a
 * point without a name is called by its kind and where it came from: "Dagligvaror (OSM node
 * 123456)", or its number in the set where the source says nothing.
 */
public final class PointLabels {

	private static final Pattern OSM = Pattern.compile("(node|way|relation)/(\\d+)");

	/** Sources longer than this are no help in a label (a whole attribution, say). */
	private static final int MAX_SOURCE = 40;

	private PointLabels() {
	}

	/**
	 * @param typeName the service type's name in the reader's language (its code where unknown)
	 * @param source the point's source: {@code node/…} or {@code way/…} for OpenStreetMap, the
	 *        file's id, or null
	 * @param seq the point's number in its set
	 */
	public static String label(String name, String typeName, String source, int seq) {
		if (name != null && !name.isBlank()) {
			return name.strip();
		}
		String where;
		Matcher osm = source == null ? null : OSM.matcher(source.strip());
		if (osm != null && osm.matches()) {
			where = "OSM " + osm.group(1) + " " + osm.group(2);
		}
		else if (source != null && !source.isBlank() && source.strip().length() <= MAX_SOURCE) {
			where = source.strip();
		}
		else {
			where = "#" + seq;
		}
		return (typeName == null || typeName.isBlank() ? "?" : typeName) + " (" + where + ")";
	}

}
