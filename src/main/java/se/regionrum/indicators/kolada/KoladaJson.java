package se.regionrum.indicators.kolada;

import java.io.InputStream;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** The streaming parser both Kolada readers use: one token at a time, so that a large file takes no more memory than a small one. */
final class KoladaJson {

	private static final JsonFactory FACTORY = JsonFactory.builder().build();

	private KoladaJson() {
	}

	static JsonParser parser(InputStream in) {
		return FACTORY.createParser(ObjectReadContext.empty(), in);
	}

	/** A scalar as text (numbers too), or null for JSON null; objects and arrays are skipped and give null. */
	static String text(JsonParser p, JsonToken token) {
		if (token == JsonToken.VALUE_NULL) {
			return null;
		}
		if (token.isScalarValue()) {
			return p.getValueAsString();
		}
		p.skipChildren();
		return null;
	}

}
