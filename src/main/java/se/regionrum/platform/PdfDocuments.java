package se.regionrum.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Turns a Thymeleaf template into a tagged PDF (PDF/UA), so that a report or a handbook is
 * rendered from the same template as its web page. Fonts are the bundled DejaVu Sans, embedded,
 * so å, ä, ö and the no-break spaces of Swedish figures print on any machine.
 * <p>
 * Templates render outside a web request: link expressions must be absolute ({@link PublicBaseUrl}),
 * not {@code @{/...}}. Every template gets {@code regionName} and {@code generatedAt} (the time of
 * rendering in Swedish time), which the shared fragment {@code fragments/pdf :: document} prints
 * in the page footer with the page number.
 */
@Component
public class PdfDocuments {

	static final String FONT_FAMILY = "DejaVu Sans";

	/** The renderer reports every font load and stylesheet at INFO; only its warnings are of use in a log. */
	private static final java.util.logging.Logger RENDERER_LOG = java.util.logging.Logger.getLogger("com.openhtmltopdf");

	static {
		RENDERER_LOG.setLevel(java.util.logging.Level.WARNING);
	}

	private final ITemplateEngine templates;

	private final String regionName;

	private final Clock clock;

	/** Generation dates are shown in the region's time, from its {@code clock}. */
	public PdfDocuments(ITemplateEngine templates, @Value("${regionrum.region.name:Regionrum}") String regionName,
			Clock clock) {
		this.templates = templates;
		this.regionName = regionName == null || regionName.isBlank() ? "Regionrum" : regionName;
		this.clock = clock;
	}

	/** The HTML that {@link #render} lays out: for tests and for showing the same text as a page. */
	public String html(String template, Map<String, ?> variables, Locale locale) {
		Map<String, Object> all = new HashMap<>(variables);
		all.putIfAbsent("regionName", regionName);
		all.putIfAbsent("generatedAt", ZonedDateTime.now(clock));
		return templates.process(template, new Context(locale, all));
	}

	/** Renders the template as a PDF; the document title is the template's {@code <title>}. */
	public byte[] render(String template, Map<String, ?> variables, Locale locale) {
		return layOut(html(template, variables, locale));
	}

	/** Lays out finished HTML as a PDF. */
	public byte[] layOut(String html) {
		// jsoup reads HTML5 as a browser would; the renderer wants a W3C DOM.
		org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.useFont(() -> font("DejaVuSans-Oblique.ttf"), FONT_FAMILY, 400, FontStyle.ITALIC, true);
			builder.useFont(() -> font("DejaVuSans-BoldOblique.ttf"), FONT_FAMILY, 700, FontStyle.ITALIC, true);
			builder.withW3cDocument(document, "/");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** A download answer for a PDF, with a file name that survives any browser. */
	public static ResponseEntity<byte[]> download(byte[] pdf, String fileName) {
		String name = fileName.endsWith(".pdf") ? fileName : fileName + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(pdf);
	}

	private static InputStream font(String file) {
		try {
			return new ClassPathResource("fonts/" + file).getInputStream();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The bundled font " + file + " is missing", e);
		}
	}

}
