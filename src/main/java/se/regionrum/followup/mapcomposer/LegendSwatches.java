package se.regionrum.followup.mapcomposer;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import se.regionrum.followup.mapcomposer.StyledMap.LegendEntry;
import se.regionrum.followup.mapcomposer.StyledMap.StyledLayer;

/**
 * The legend's symbols as small images, drawn by the renderer, for the PDF whose legend is text:
 * keyed "position/style" (layer position and style index).
 */
final class LegendSwatches {

	private static final double SCALE = 3;

	private LegendSwatches() {
	}

	static Map<String, String> dataUris(StyledMap map) {
		Map<String, String> uris = new HashMap<>();
		for (StyledLayer layer : map.layers()) {
			for (LegendEntry entry : layer.legend()) {
				uris.put(layer.position() + "/" + entry.style(), dataUri(entry, layer));
			}
		}
		return uris;
	}

	private static String dataUri(LegendEntry entry, StyledLayer layer) {
		BufferedImage image = new BufferedImage((int) (30 * SCALE), (int) (20 * SCALE), BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			MapRenderer.swatch(g, entry, layer.styles().get(entry.style()), 2 * SCALE, 2 * SCALE, SCALE);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
	}

}
