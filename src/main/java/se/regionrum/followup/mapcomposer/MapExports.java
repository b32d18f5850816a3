package se.regionrum.followup.mapcomposer;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import se.regionrum.platform.OrganisationDirectory;
import se.regionrum.platform.PdfDocuments;

/**
 * The exports of a composed map: a PNG with title, legend and source line drawn in, and a PDF page
 * (A4 or A3, landscape) with the map at print resolution and the title, legend, source and the
 * layers' tables as real text. Both draw the {@link StyledMap} the screen shows.
 */
@Service
public class MapExports {

	/** The PNG's size: A4's proportions, wide enough for a projector. */
	static final int PNG_WIDTH = 1600;

	static final int PNG_HEIGHT = 1131;

	/** Print resolution of the map image in the PDF. */
	static final int PRINT_DPI = 200;

	private final MapCompositionService compositions;

	private final MapLayers layers;

	private final PdfDocuments pdf;

	private final MessageSource messages;

	private final OrganisationDirectory organisations;

	MapExports(MapCompositionService compositions, MapLayers layers, PdfDocuments pdf, MessageSource messages,
			OrganisationDirectory organisations) {
		this.compositions = compositions;
		this.layers = layers;
		this.pdf = pdf;
		this.messages = messages;
		this.organisations = organisations;
	}

	public StyledMap styled(long id, Locale locale) {
		return layers.build(compositions.get(id), locale);
	}

	public byte[] png(long id, Locale locale) {
		return MapRenderer.png(styled(id, locale), PNG_WIDTH, PNG_HEIGHT, PNG_WIDTH / 1200.0, true, texts(locale));
	}

	/** The PDF page; the paper named, else the composition's. */
	public byte[] pdf(long id, String paper, Locale locale) {
		StyledMap map = styled(id, locale);
		PaperSize size = paper == null || paper.isBlank() ? map.paper() : PaperSize.of(paper);
		return pdf.render("followup/maps/pdf", pdfVariables(map, size, locale), locale);
	}

	Map<String, Object> pdfVariables(StyledMap map, PaperSize size, Locale locale) {
		// the map takes about two thirds of the width left of the legend, and the height under the title
		double widthMm = (size.widthMm() - 24) * 0.70;
		double heightMm = size.heightMm() - 12 - 22 - 30;
		int widthPx = (int) Math.round(widthMm / 25.4 * PRINT_DPI);
		int heightPx = (int) Math.round(heightMm / 25.4 * PRINT_DPI);
		byte[] image = MapRenderer.png(map, widthPx, heightPx, PRINT_DPI / 96.0, false, texts(locale));
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("map", map);
		variables.put("paper", size);
		variables.put("imageWidthMm", Math.round(widthMm));
		variables.put("imageHeightMm", Math.round(heightMm));
		variables.put("image", "data:image/png;base64," + Base64.getEncoder().encodeToString(image));
		variables.put("legendSwatches", LegendSwatches.dataUris(map));
		return variables;
	}

	MapRenderer.Texts texts(Locale locale) {
		return new MapRenderer.Texts(messages.getMessage("mapcomposer.north", null, "N", locale),
				messages.getMessage("mapcomposer.legend", null, "Legend", locale),
				messages.getMessage("mapcomposer.source", null, "Source", locale));
	}

	public String ownerName(MapComposition map) {
		return organisations.nameOf(map.ownerOrganisationId()).orElse("");
	}

}
