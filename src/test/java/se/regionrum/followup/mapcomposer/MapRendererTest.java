package se.regionrum.followup.mapcomposer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

import se.regionrum.followup.mapcomposer.StyledMap.LegendEntry;
import se.regionrum.followup.mapcomposer.StyledMap.MapFeature;
import se.regionrum.followup.mapcomposer.StyledMap.Style;
import se.regionrum.followup.mapcomposer.StyledMap.StyledLayer;
import se.regionrum.indicators.Area;
import se.regionrum.indicators.AreaKind;

/** The Java2D renderer and the shared styling: what the PNG and PDF draw of a styled map. */
class MapRendererTest {

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	private static final MapRenderer.Texts TEXTS = new MapRenderer.Texts("N", "Teckenförklaring", "Källa");

	private static StyledMap square(String fill) {
		Style style = Style.area(fill, "#333333", 1, null);
		MapFeature feature = new MapFeature(GEOMETRY.toGeometry(new Envelope(15, 16, 60, 61)), 0, "Ruta", null);
		StyledLayer layer = new StyledLayer(0, LayerKind.BOUNDARIES, "Rutor", null, List.of(style), List.of(feature),
				List.of(new LegendEntry("AREA", 0, "Ruta")), List.of(), List.of());
		return new StyledMap(1, "Titel", null, "Testkälla", PaperSize.A4, List.of(layer), new Envelope(15, 16, 60, 61));
	}

	@Test
	void paintsTheAreaInTheMiddleOfTheMapWithoutDecorations() {
		BufferedImage image = MapRenderer.render(square("#08519c"), 400, 300, 1, false, TEXTS);
		assertThat(image.getWidth()).isEqualTo(400);
		assertThat(image.getHeight()).isEqualTo(300);
		int centre = image.getRGB(200, 150) & 0xffffff;
		int expected = MapRenderer.colour("#08519c", 0.85).getRGB() & 0xffffff;
		// drawn with 85 % opacity on white
		assertThat(Math.abs(((centre >> 16) & 0xff) - (int) Math.round(0x08 * 0.85 + 255 * 0.15))).isLessThan(4);
		assertThat(expected).isNotZero();
		// the corner outside the area stays white
		assertThat(image.getRGB(5, 150) & 0xffffff).isEqualTo(0xffffff);
	}

	@Test
	void aScaleBarAndANorthArrowAreDrawnInTheFrame() {
		BufferedImage image = MapRenderer.render(square("#ffffff"), 800, 600, 1, false, TEXTS);
		// the scale bar's filled half at the lower left
		assertThat(darkPixels(image, 15, 570, 80, 585)).isGreaterThan(50);
		// the arrow at the upper right
		assertThat(darkPixels(image, 760, 20, 790, 70)).isGreaterThan(50);
	}

	@Test
	void withDecorationsTheLegendIsWrittenBesideTheMap() {
		BufferedImage image = MapRenderer.render(square("#08519c"), 1600, 1131, 1.33, true, TEXTS);
		// something dark (legend text) right of the map frame
		assertThat(darkPixels(image, 1250, 60, 1590, 300)).isGreaterThan(100);
	}

	@Test
	void quantileBreaksAreRoundedAndDistinct() {
		List<Double> values = List.of(1000.0, 2100.0, 3300.0, 4400.0, 5600.0, 6100.0, 7800.0, 8200.0, 9100.0, 60000.0);
		List<Double> breaks = MapStyle.quantileBreaks(values, 5);
		assertThat(breaks).containsExactly(3300.0, 5600.0, 7800.0, 9100.0);
		assertThat(MapStyle.classOf(1000, breaks)).isZero();
		assertThat(MapStyle.classOf(60000, breaks)).isEqualTo(4);
		assertThat(MapStyle.rangeLabels(breaks, "inv.", new Locale("sv"), "under", "och mer"))
			.containsExactly("under 3\u00a0300\u00a0inv.", "3\u00a0300–5\u00a0600\u00a0inv.", "5\u00a0600–7\u00a0800\u00a0inv.",
					"7\u00a0800–9\u00a0100\u00a0inv.", "9\u00a0100\u00a0inv. och mer");
		assertThat(MapStyle.quantileBreaks(List.of(5.0, 5.0, 5.0), 5)).isEmpty();
	}

	@Test
	void aFlowBendsToItsRightAndEndsInAnArrowAtWork() {
		Area borlange = new Area("2081", "Borlänge", AreaKind.MUNICIPALITY, "20", 60.48, 15.42);
		Area falun = new Area("2080", "Falun", AreaKind.MUNICIPALITY, "20", 60.61, 15.63);
		Coordinate[] there = MapLayers.curve(borlange, falun);
		Coordinate[] back = MapLayers.curve(falun, borlange);
		assertThat(there[0].x).isEqualTo(15.42);
		assertThat(there[there.length - 1].y).isEqualTo(60.61);
		// the two directions run apart in the middle
		assertThat(there[there.length / 2].distance(back[back.length / 2])).isGreaterThan(0.02);
		assertThat(MapLayers.arrowHead(there, 0.04).getCoordinates()[0]).isEqualTo(there[there.length - 1]);
	}

	private static int darkPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
		int count = 0;
		for (int y = y0; y < y1; y++) {
			for (int x = x0; x < x1; x++) {
				int p = image.getRGB(x, y);
				if (((p >> 16) & 0xff) < 80 && ((p >> 8) & 0xff) < 80 && (p & 0xff) < 80) {
					count++;
				}
			}
		}
		return count;
	}

}
