package se.regionrum.followup.mapcomposer;

import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A composition with every layer's features, styles and legend computed: the one description of a
 * map that both the screen (as JSON for Leaflet) and the server renderer (PNG, PDF) draw, so that
 * a printed map shows the same classes, colours and line widths as the screen.
 *
 * @param bounds what the map shows first (WGS84)
 */
public record StyledMap(long id, String title, String subtitle, String sourceLine, PaperSize paper,
		List<StyledLayer> layers, Envelope bounds) {

	/** The layers in drawing order: areas first, then lines and points, each in the composition's order. */
	public List<StyledLayer> drawingOrder() {
		return java.util.stream.Stream
			.concat(layers.stream().filter(l -> l.kind().area()), layers.stream().filter(l -> !l.kind().area()))
			.toList();
	}

	/**
	 * One layer: its features refer to its styles by index; the legend lists styles with labels; the
	 * table says in words what the layer shows (the map's text alternative).
	 *
	 * @param note a remark shown under the legend (example data, a layer skipped for missing data), or null
	 */
	public record StyledLayer(int position, LayerKind kind, String title, String note, List<Style> styles,
			List<MapFeature> features, List<LegendEntry> legend, List<String> tableHeader,
			List<List<String>> tableRows) {
	}

	/**
	 * One thing drawn. Points are drawn as the style's marker, lines with its width and dashes,
	 * polygons filled.
	 *
	 * @param label text written next to the feature on the map, or null
	 */
	public record MapFeature(Geometry geometry, int style, String name, String label) {
	}

	/**
	 * How a feature looks, in CSS pixels at screen size (the renderer scales them for print).
	 *
	 * @param fill fill colour ({@code #rrggbb}) or null for none
	 * @param stroke line colour or null for none
	 * @param dash dash pattern in pixels ("6 4") or null for solid
	 * @param marker CIRCLE, SQUARE, TRIANGLE or DIAMOND for points
	 */
	public record Style(String fill, double fillOpacity, String stroke, double weight, String dash, double radius,
			String marker) {

		static Style area(String fill, String stroke, double weight, String dash) {
			return new Style(fill, 0.85, stroke, weight, dash, 0, null);
		}

		static Style line(String stroke, double weight) {
			return new Style(null, 0, stroke, weight, null, 0, null);
		}

		static Style point(String marker, String fill, double radius) {
			return new Style(fill, 1, "#ffffff", 1.5, null, radius, marker);
		}

	}

	/** @param symbol AREA, LINE or POINT: how the legend draws the style */
	public record LegendEntry(String symbol, int style, String label) {
	}

}
