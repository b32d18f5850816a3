package se.regionrum.indicators.kolada;

import java.io.InputStream;
import java.util.Locale;

import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.IndicatorSource;
import se.regionrum.indicators.reading.ValueImport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads Kolada's KPI metadata ({@code /v3/kpi?id=…}: {@code {'values': [{'id', 'title', 'description', …}]}})
 * and creates an indicator for every KPI the installation does not have yet: code = KPI id,
 * name = title, unit = the title's part after its last comma ('Invånare totalt, antal' gives
 * 'antal'), or '–' when it has none. Problems name their JSON path.
 */
public final class KoladaKpiReader {

	private final ValueImport target;

	public KoladaKpiReader(ValueImport target) {
		this.target = target;
	}

	public void read(InputStream in) {
		String path = "$";
		try (JsonParser p = KoladaJson.parser(in)) {
			if (p.nextToken() != JsonToken.START_OBJECT) {
				target.problem(0, path, "indicatorimports.problem.json.notObject");
				return;
			}
			boolean sawValues = false;
			while (p.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = p.currentName();
				JsonToken token = p.nextToken();
				if (!"values".equals(name)) {
					p.skipChildren();
					continue;
				}
				sawValues = true;
				if (token != JsonToken.START_ARRAY) {
					target.problem(0, "values", "indicatorimports.problem.json.notArray");
					p.skipChildren();
					continue;
				}
				int i = 0;
				for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
					path = "values[" + i + "]";
					kpi(p, t, path);
				}
			}
			if (!sawValues) {
				target.problem(0, "values", "indicatorimports.problem.json.missing");
			}
		}
		catch (JacksonException ex) {
			target.problem(0, path, "indicatorimports.problem.json.syntax", ex.getLocation() == null ? "?"
					: ex.getLocation().getLineNr() + ":" + ex.getLocation().getColumnNr(), ex.getOriginalMessage());
		}
	}

	private void kpi(JsonParser p, JsonToken start, String path) {
		if (start != JsonToken.START_OBJECT) {
			target.problem(0, path, "indicatorimports.problem.json.notObject");
			p.skipChildren();
			return;
		}
		String id = null;
		String title = null;
		String description = null;
		while (p.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = p.currentName();
			JsonToken token = p.nextToken();
			switch (name) {
				case "id" -> id = KoladaJson.text(p, token);
				case "title" -> title = KoladaJson.text(p, token);
				case "description" -> description = KoladaJson.text(p, token);
				default -> p.skipChildren();
			}
		}
		if (id == null || id.isBlank()) {
			target.problem(0, path + ".id", "indicatorimports.problem.json.missing");
			return;
		}
		if (title == null || title.isBlank()) {
			target.problem(0, path + ".title", "indicatorimports.problem.json.missing");
			return;
		}
		String kpi = id.trim().toUpperCase(Locale.ROOT);
		if (target.indicator(IndicatorSource.KOLADA, kpi, null).isPresent()) {
			return;
		}
		if (kpi.length() > 40 || target.codeTaken(kpi)) {
			target.problem(0, path + ".id", "indicatorimports.problem.codeTaken", kpi);
			return;
		}
		target.create(new IndicatorRef(0, kpi, clip(title.strip(), 300), unit(title),
				description == null || description.isBlank() ? null : clip(description.strip(), 4000),
				IndicatorSource.KOLADA, kpi, null, true));
	}

	/** The unit Kolada writes after the title's last comma: 'antal', '%', 'kr/inv'…; '–' when there is none. */
	static String unit(String title) {
		int comma = title.lastIndexOf(',');
		String unit = comma < 0 ? "" : title.substring(comma + 1).strip();
		return unit.isEmpty() ? "–" : clip(unit, 60);
	}

	private static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

}
