package se.regionrum.dialogue.presentation;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes as SVG, drawn on the server with ZXing: one path of unit squares, so the code stays
 * sharp at any size on a big screen and costs no image library.
 */
final class QrCodes {

	private QrCodes() {
	}

	static String svg(String text, String title) {
		BitMatrix matrix;
		try {
			// margin 4 modules: the quiet zone the QR standard asks for
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode as QR code: " + text, ex);
		}
		int w = matrix.getWidth();
		int h = matrix.getHeight();
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
				}
			}
		}
		return """
				<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" shape-rendering="crispEdges" role="img" aria-label="%s">\
				<title>%s</title><rect width="100%%" height="100%%" fill="#fff"/><path fill="#000" d="%s"/></svg>"""
			.formatted(w, h, escape(title), escape(title), path);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
