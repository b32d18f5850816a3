package se.regionrum.followup.mapcomposer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.springframework.core.io.ClassPathResource;

import se.regionrum.followup.mapcomposer.StyledMap.LegendEntry;
import se.regionrum.followup.mapcomposer.StyledMap.MapFeature;
import se.regionrum.followup.mapcomposer.StyledMap.Style;
import se.regionrum.followup.mapcomposer.StyledMap.StyledLayer;

/**
 * Paints a styled map with Java2D, for the PNG and the PDF exports. It projects WGS84 as the screen
 * does (spherical Web Mercator, what Leaflet draws without a base map), so the printed shapes are
 * the screen's; styles are the screen's CSS pixels times the scale, so lines keep their weight on paper.
 * With decorations it also writes the title, the subtitle, the legend and the source line (the PNG);
 * without, only the map with its north arrow and scale bar (the PDF writes the rest as text).
 */
public final class MapRenderer {

	private static final double EARTH_RADIUS = 6378137;

	private static final Font REGULAR = font("DejaVuSans.ttf");

	private static final Font BOLD = font("DejaVuSans-Bold.ttf");

	private static final Font ITALIC = font("DejaVuSans-Oblique.ttf");

	private static final Color INK = new Color(0x1a1a1a);

	private static final Color MUTED = new Color(0x4d4d4d);

	/** Texts the renderer writes itself, in the reader's language. */
	public record Texts(String north, String legend, String source) {
	}

	private MapRenderer() {
	}

	/** The map as PNG bytes. */
	public static byte[] png(StyledMap map, int width, int height, double scale, boolean decorations, Texts texts) {
		BufferedImage image = render(map, width, height, scale, decorations, texts);
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	public static BufferedImage render(StyledMap map, int width, int height, double scale, boolean decorations,
			Texts texts) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			double s = scale;
			Rectangle2D frame;
			if (decorations) {
				double margin = 24 * s;
				double y = margin;
				g.setColor(INK);
				g.setFont(BOLD.deriveFont((float) (26 * s)));
				y += g.getFontMetrics().getAscent();
				g.drawString(map.title(), (float) margin, (float) y);
				if (map.subtitle() != null) {
					g.setFont(REGULAR.deriveFont((float) (15 * s)));
					y += 8 * s + g.getFontMetrics().getAscent();
					g.setColor(MUTED);
					g.drawString(map.subtitle(), (float) margin, (float) y);
				}
				y += 16 * s;
				double legendWidth = Math.min(340 * s, width * 0.3);
				double footer = 34 * s;
				frame = new Rectangle2D.Double(margin, y, width - 3 * margin - legendWidth, height - y - footer - margin / 2);
				legend(g, map, new Rectangle2D.Double(frame.getMaxX() + margin, y, legendWidth, frame.getHeight()), s,
						texts);
				g.setFont(REGULAR.deriveFont((float) (12 * s)));
				g.setColor(MUTED);
				if (map.sourceLine() != null) {
					g.drawString(texts.source() + ": " + map.sourceLine(), (float) margin,
							(float) (frame.getMaxY() + 22 * s));
				}
			}
			else {
				frame = new Rectangle2D.Double(1, 1, width - 2, height - 2);
			}
			paintMap(g, map, frame, s, texts);
		}
		finally {
			g.dispose();
		}
		return image;
	}

	private static void paintMap(Graphics2D g, StyledMap map, Rectangle2D frame, double s, Texts texts) {
		Projection p = new Projection(map.bounds(), frame);
		Shape oldClip = g.getClip();
		g.clip(frame);
		for (StyledLayer layer : map.drawingOrder()) {
			for (MapFeature f : layer.features()) {
				paint(g, p, f.geometry(), layer.styles().get(f.style()), s);
			}
		}
		for (StyledLayer layer : map.drawingOrder()) {
			for (MapFeature f : layer.features()) {
				if (f.label() != null) {
					label(g, p, f, layer.styles().get(f.style()), s);
				}
			}
		}
		g.setClip(oldClip);
		g.setColor(INK);
		g.setStroke(new BasicStroke((float) (1 * s)));
		g.draw(frame);
		northArrow(g, frame, s, texts.north());
		scaleBar(g, p, frame, s);
	}

	private static void paint(Graphics2D g, Projection p, Geometry geometry, Style style, double s) {
		if (geometry instanceof Point point) {
			marker(g, p.x(point.getX()), p.y(point.getY()), style, s);
			return;
		}
		Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
		boolean closed = false;
		if (geometry instanceof LineString line) {
			add(path, p, line.getCoordinates(), false);
		}
		else {
			for (int i = 0; i < geometry.getNumGeometries(); i++) {
				if (geometry.getGeometryN(i) instanceof Polygon polygon) {
					add(path, p, polygon.getExteriorRing().getCoordinates(), true);
					for (int r = 0; r < polygon.getNumInteriorRing(); r++) {
						add(path, p, polygon.getInteriorRingN(r).getCoordinates(), true);
					}
					closed = true;
				}
			}
		}
		if (closed && style.fill() != null) {
			g.setColor(colour(style.fill(), style.fillOpacity()));
			g.fill(path);
		}
		if (style.stroke() != null && style.weight() > 0) {
			g.setColor(colour(style.stroke(), 1));
			g.setStroke(stroke(style, s));
			g.draw(path);
		}
	}

	private static void add(Path2D path, Projection p, Coordinate[] coordinates, boolean close) {
		for (int i = 0; i < coordinates.length; i++) {
			double x = p.x(coordinates[i].x);
			double y = p.y(coordinates[i].y);
			if (i == 0) {
				path.moveTo(x, y);
			}
			else {
				path.lineTo(x, y);
			}
		}
		if (close) {
			path.closePath();
		}
	}

	static BasicStroke stroke(Style style, double s) {
		float width = (float) (style.weight() * s);
		if (style.dash() == null) {
			return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
		}
		String[] parts = style.dash().trim().split("\\s+");
		float[] dash = new float[parts.length];
		for (int i = 0; i < parts.length; i++) {
			dash[i] = (float) (Double.parseDouble(parts[i]) * s);
		}
		return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dash, 0);
	}

	static Shape markerShape(String marker, double x, double y, double r) {
		return switch (marker == null ? "CIRCLE" : marker) {
			case "SQUARE" -> new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
			case "TRIANGLE" -> polygon(new double[] { x, x + r * 1.15, x - r * 1.15 },
					new double[] { y - r * 1.25, y + r * 0.85, y + r * 0.85 });
			case "DIAMOND" -> polygon(new double[] { x, x + r * 1.2, x, x - r * 1.2 },
					new double[] { y - r * 1.2, y, y + r * 1.2, y });
			default -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
		};
	}

	private static Shape polygon(double[] xs, double[] ys) {
		Path2D path = new Path2D.Double();
		path.moveTo(xs[0], ys[0]);
		for (int i = 1; i < xs.length; i++) {
			path.lineTo(xs[i], ys[i]);
		}
		path.closePath();
		return path;
	}

	private static void marker(Graphics2D g, double x, double y, Style style, double s) {
		Shape shape = markerShape(style.marker(), x, y, style.radius() * s);
		if (style.fill() != null) {
			g.setColor(colour(style.fill(), style.fillOpacity()));
			g.fill(shape);
		}
		if (style.stroke() != null) {
			g.setColor(colour(style.stroke(), 1));
			g.setStroke(new BasicStroke((float) (style.weight() * s)));
			g.draw(shape);
		}
	}

	/** A name beside a point or in the middle of an area, dark on a white halo so it reads on any fill. */
	private static void label(Graphics2D g, Projection p, MapFeature f, Style style, double s) {
		Point at = f.geometry() instanceof Point point ? point : f.geometry().getInteriorPoint();
		double x = p.x(at.getX());
		double y = p.y(at.getY());
		Font font = (f.geometry() instanceof Point ? REGULAR : BOLD).deriveFont((float) (11 * s));
		TextLayout text = new TextLayout(f.label(), font, g.getFontRenderContext());
		double tx = f.geometry() instanceof Point ? x + (style.radius() + 3) * s : x - text.getAdvance() / 2;
		double ty = y + text.getAscent() / 2 - 1 * s;
		Shape outline = text.getOutline(AffineTransform.getTranslateInstance(tx, ty));
		g.setColor(new Color(255, 255, 255, 220));
		g.setStroke(new BasicStroke((float) (3 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(outline);
		g.setColor(INK);
		g.fill(outline);
	}

	private static void northArrow(Graphics2D g, Rectangle2D frame, double s, String north) {
		double cx = frame.getMaxX() - 28 * s;
		double top = frame.getMinY() + 14 * s;
		g.setFont(BOLD.deriveFont((float) (13 * s)));
		FontMetrics m = g.getFontMetrics();
		double letterY = top + m.getAscent();
		double tip = letterY + 4 * s;
		Path2D arrow = new Path2D.Double();
		arrow.moveTo(cx, tip);
		arrow.lineTo(cx + 9 * s, tip + 26 * s);
		arrow.lineTo(cx, tip + 19 * s);
		arrow.lineTo(cx - 9 * s, tip + 26 * s);
		arrow.closePath();
		g.setColor(new Color(255, 255, 255, 220));
		g.fill(new Rectangle2D.Double(cx - 16 * s, top - 4 * s, 32 * s, tip + 30 * s - top));
		g.setColor(INK);
		g.fill(arrow);
		g.drawString(north, (float) (cx - m.stringWidth(north) / 2.0), (float) letterY);
	}

	private static void scaleBar(Graphics2D g, Projection p, Rectangle2D frame, double s) {
		double metresPerPixel = p.metresPerPixel();
		double maxMetres = frame.getWidth() / 4 * metresPerPixel;
		double length = 1000;
		for (double candidate : new double[] { 1, 2, 5, 10, 20, 25, 50, 100, 200, 500 }) {
			if (candidate * 1000 <= maxMetres) {
				length = candidate * 1000;
			}
		}
		double px = length / metresPerPixel;
		double x = frame.getMinX() + 16 * s;
		double y = frame.getMaxY() - 18 * s;
		g.setColor(new Color(255, 255, 255, 220));
		g.fill(new Rectangle2D.Double(x - 6 * s, y - 22 * s, px + 12 * s + 60 * s, 32 * s));
		g.setColor(INK);
		g.fill(new Rectangle2D.Double(x, y - 4 * s, px / 2, 6 * s));
		g.setStroke(new BasicStroke((float) (1.2 * s)));
		g.draw(new Rectangle2D.Double(x, y - 4 * s, px, 6 * s));
		g.setFont(REGULAR.deriveFont((float) (11 * s)));
		g.drawString("0", (float) x, (float) (y - 8 * s));
		String label = MapStyle.number(length / 1000, java.util.Locale.ROOT) + " km";
		g.drawString(label, (float) (x + px - g.getFontMetrics().stringWidth(label) / 2.0), (float) (y - 8 * s));
	}

	private static void legend(Graphics2D g, StyledMap map, Rectangle2D box, double s, Texts texts) {
		double x = box.getMinX();
		double y = box.getMinY();
		g.setColor(INK);
		g.setFont(BOLD.deriveFont((float) (15 * s)));
		y += g.getFontMetrics().getAscent();
		g.drawString(texts.legend(), (float) x, (float) y);
		y += 10 * s;
		for (StyledLayer layer : map.layers()) {
			if (y > box.getMaxY()) {
				break;
			}
			g.setFont(BOLD.deriveFont((float) (12.5f * s)));
			g.setColor(INK);
			for (String line : wrap(g, layer.title(), box.getWidth())) {
				y += g.getFontMetrics().getHeight();
				g.drawString(line, (float) x, (float) y);
			}
			y += 4 * s;
			g.setFont(REGULAR.deriveFont((float) (12 * s)));
			for (LegendEntry entry : layer.legend()) {
				double rowHeight = Math.max(18 * s, g.getFontMetrics().getHeight());
				swatch(g, entry, layer.styles().get(entry.style()), x, y + 2 * s, s);
				g.setColor(INK);
				g.drawString(entry.label(), (float) (x + 34 * s),
						(float) (y + rowHeight / 2 + g.getFontMetrics().getAscent() / 2.0));
				y += rowHeight + 2 * s;
			}
			if (layer.note() != null) {
				g.setFont(ITALIC.deriveFont((float) (10.5f * s)));
				g.setColor(MUTED);
				for (String line : wrap(g, layer.note(), box.getWidth())) {
					y += g.getFontMetrics().getHeight();
					g.drawString(line, (float) x, (float) y);
				}
			}
			y += 10 * s;
		}
	}

	/** The legend's symbol of a style: a filled box for areas, a stroke for lines, the marker for points. */
	static void swatch(Graphics2D g, LegendEntry entry, Style style, double x, double y, double s) {
		double w = 26 * s;
		double h = 16 * s;
		switch (entry.symbol()) {
			case "LINE" -> {
				g.setColor(colour(style.stroke(), 1));
				g.setStroke(stroke(style, s));
				g.draw(new java.awt.geom.Line2D.Double(x, y + h / 2, x + w, y + h / 2));
			}
			case "POINT" -> marker(g, x + w / 2, y + h / 2, style, s);
			default -> {
				Rectangle2D box = new Rectangle2D.Double(x, y, w, h);
				if (style.fill() != null) {
					g.setColor(colour(style.fill(), style.fillOpacity()));
					g.fill(box);
				}
				g.setColor(colour(style.stroke() == null ? MapStyle.OUTLINE : style.stroke(), 1));
				g.setStroke(stroke(new Style(null, 0, null, 1, style.dash(), 0, null), s));
				g.draw(box);
			}
		}
	}

	private static List<String> wrap(Graphics2D g, String text, double width) {
		List<String> lines = new ArrayList<>();
		FontMetrics m = g.getFontMetrics();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (m.stringWidth(candidate) > width && !line.isEmpty()) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	static Color colour(String hex, double opacity) {
		Color c = Color.decode(hex);
		return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(Math.max(0, Math.min(1, opacity)) * 255));
	}

	private static Font font(String file) {
		try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | FontFormatException e) {
			throw new IllegalStateException("The bundled font " + file + " is missing", e);
		}
	}

	/** Spherical Web Mercator fitted into the frame with a small margin, north up. */
	static final class Projection {

		private final double scale;

		private final double offsetX;

		private final double offsetY;

		private final double centreLatitude;

		Projection(Envelope bounds, Rectangle2D frame) {
			double minX = mx(bounds.getMinX());
			double maxX = mx(bounds.getMaxX());
			double minY = my(bounds.getMinY());
			double maxY = my(bounds.getMaxY());
			double pad = 0.04;
			double w = frame.getWidth() * (1 - 2 * pad);
			double h = frame.getHeight() * (1 - 2 * pad);
			this.scale = Math.min(w / (maxX - minX), h / (maxY - minY));
			this.offsetX = frame.getCenterX() - (minX + maxX) / 2 * scale;
			this.offsetY = frame.getCenterY() + (minY + maxY) / 2 * scale;
			this.centreLatitude = (bounds.getMinY() + bounds.getMaxY()) / 2;
		}

		double x(double longitude) {
			return offsetX + mx(longitude) * scale;
		}

		double y(double latitude) {
			return offsetY - my(latitude) * scale;
		}

		/** Ground metres per pixel at the map's middle latitude. */
		double metresPerPixel() {
			return Math.cos(Math.toRadians(centreLatitude)) / scale;
		}

		private static double mx(double longitude) {
			return Math.toRadians(longitude) * EARTH_RADIUS;
		}

		private static double my(double latitude) {
			double phi = Math.toRadians(Math.max(-85, Math.min(85, latitude)));
			return Math.log(Math.tan(Math.PI / 4 + phi / 2)) * EARTH_RADIUS;
		}

	}

}
