package se.regionrum.indicators.kolada;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import se.regionrum.indicators.Gender;
import se.regionrum.indicators.IndicatorSource;
import se.regionrum.indicators.ValueStatus;
import se.regionrum.indicators.reading.ValueImport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a page of Kolada v3 data as its API returns it,
 * {@code {'count': N, 'values': [{'kpi', 'municipality', 'period', 'values': [{'gender', 'count', 'status', 'value'}]}], 'next_url': …}},
 * token by token, into a {@link ValueImport}. Every problem names its JSON path ({@code values[3].kpi}).
 * <ul>
 * <li>status '' (or absent) is final; 'Prel' and any other non-empty marker is provisional: a flagged
 * figure is never stored as final;</li>
 * <li>value null is a missing value;</li>
 * <li>kpi is matched to an indicator with source KOLADA and that source id; municipality must be a
 * known area code (a municipality, a region {@code 00LL} or the country {@code 0000}).</li>
 * </ul>
 */
public final class KoladaDataReader {

	private final ValueImport target;

	/** KPIs already reported unknown: each is named once, at its first path. */
	private final Set<String> unknownKpis = new HashSet<>();

	public KoladaDataReader(ValueImport target) {
		this.target = target;
	}

	/** One gender's value of an entry, kept until the entry's kpi, municipality and period are known. */
	private record Cell(String path, Gender gender, Double value, ValueStatus status) {
	}

	/**
	 * Reads one page; returns its {@code next_url}, empty when it has none. A syntax error ends the
	 * reading of the page with a problem naming the path and line where it was found.
	 */
	public Optional<String> read(InputStream in) {
		String path = "$";
		String next = null;
		try (JsonParser p = KoladaJson.parser(in)) {
			if (p.nextToken() != JsonToken.START_OBJECT) {
				target.problem(0, path, "indicatorimports.problem.json.notObject");
				return Optional.empty();
			}
			boolean sawValues = false;
			while (p.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = p.currentName();
				JsonToken token = p.nextToken();
				if ("values".equals(name)) {
					sawValues = true;
					path = "values";
					if (token != JsonToken.START_ARRAY) {
						target.problem(0, path, "indicatorimports.problem.json.notArray");
						p.skipChildren();
						continue;
					}
					int i = 0;
					for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
						path = "values[" + i + "]";
						entry(p, t, path);
						i++;
					}
				}
				else if ("next_url".equals(name)) {
					next = KoladaJson.text(p, token);
				}
				else {
					p.skipChildren();
				}
			}
			if (!sawValues) {
				target.problem(0, "values", "indicatorimports.problem.json.missing");
			}
		}
		catch (JacksonException ex) {
			target.problem(0, path, "indicatorimports.problem.json.syntax", ex.getLocation() == null ? "?"
					: ex.getLocation().getLineNr() + ":" + ex.getLocation().getColumnNr(), ex.getOriginalMessage());
			return Optional.empty();
		}
		return Optional.ofNullable(next).filter(s -> !s.isBlank());
	}

	private void entry(JsonParser p, JsonToken start, String path) {
		if (start != JsonToken.START_OBJECT) {
			target.problem(0, path, "indicatorimports.problem.json.notObject");
			p.skipChildren();
			return;
		}
		String kpi = null;
		String municipality = null;
		String period = null;
		boolean periodNumber = false;
		List<Cell> cells = null;
		while (p.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = p.currentName();
			JsonToken token = p.nextToken();
			switch (name) {
				case "kpi" -> kpi = KoladaJson.text(p, token);
				case "municipality" -> municipality = KoladaJson.text(p, token);
				case "period" -> {
					periodNumber = token == JsonToken.VALUE_NUMBER_INT;
					period = KoladaJson.text(p, token);
				}
				case "values" -> cells = cells(p, token, path + ".values");
				default -> p.skipChildren();
			}
		}
		boolean ok = true;
		if (kpi == null || kpi.isBlank()) {
			target.problem(0, path + ".kpi", "indicatorimports.problem.json.missing");
			ok = false;
		}
		if (municipality == null || municipality.isBlank()) {
			target.problem(0, path + ".municipality", "indicatorimports.problem.json.missing");
			ok = false;
		}
		else if (!target.knownArea(municipality.trim())) {
			target.problem(0, path + ".municipality", "indicatorimports.problem.unknownArea", municipality);
			ok = false;
		}
		Integer year = null;
		if (period == null) {
			target.problem(0, path + ".period", "indicatorimports.problem.json.missing");
			ok = false;
		}
		else {
			year = year(period, periodNumber);
			if (year == null) {
				target.problem(0, path + ".period", "indicatorimports.problem.year", period);
				ok = false;
			}
		}
		if (cells == null) {
			target.problem(0, path + ".values", "indicatorimports.problem.json.missing");
			ok = false;
		}
		Long indicator = null;
		if (kpi != null && !kpi.isBlank()) {
			String id = kpi.trim().toUpperCase(Locale.ROOT);
			indicator = target.indicator(IndicatorSource.KOLADA, id, null).orElse(null);
			if (indicator == null) {
				if (unknownKpis.add(id)) {
					target.problem(0, path + ".kpi", "indicatorimports.problem.unknownKpi", kpi);
				}
				ok = false;
			}
		}
		if (!ok || cells == null) {
			return;
		}
		for (Cell c : cells) {
			target.value(indicator, municipality.trim(), year, c.gender(), c.value(), c.status(), 0, c.path());
		}
	}

	private static Integer year(String period, boolean number) {
		String text = period.trim();
		if (!text.matches("\\d{4}") || (!number && text.isEmpty())) {
			return null;
		}
		return Integer.valueOf(text);
	}

	/** The gender values of an entry; problems are reported here, and a bad cell is left out. */
	private List<Cell> cells(JsonParser p, JsonToken start, String path) {
		if (start != JsonToken.START_ARRAY) {
			target.problem(0, path, "indicatorimports.problem.json.notArray");
			p.skipChildren();
			return List.of();
		}
		List<Cell> cells = new ArrayList<>(3);
		int j = 0;
		for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken(), j++) {
			String cellPath = path + "[" + j + "]";
			if (t != JsonToken.START_OBJECT) {
				target.problem(0, cellPath, "indicatorimports.problem.json.notObject");
				p.skipChildren();
				continue;
			}
			String gender = null;
			boolean hasGender = false;
			boolean hasValue = false;
			Double value = null;
			boolean badValue = false;
			String status = null;
			while (p.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = p.currentName();
				JsonToken token = p.nextToken();
				switch (name) {
					case "gender" -> {
						hasGender = true;
						gender = KoladaJson.text(p, token);
					}
					case "value" -> {
						hasValue = true;
						if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
							value = p.getDoubleValue();
						}
						else if (token != JsonToken.VALUE_NULL) {
							badValue = true;
							target.problem(0, cellPath + ".value", "indicatorimports.problem.notNumber",
									String.valueOf(KoladaJson.text(p, token)));
						}
					}
					case "status" -> status = KoladaJson.text(p, token);
					default -> p.skipChildren();
				}
			}
			Gender g = Gender.ofCode(gender);
			if (!hasGender) {
				target.problem(0, cellPath + ".gender", "indicatorimports.problem.json.missing");
			}
			else if (g == null) {
				target.problem(0, cellPath + ".gender", "indicatorimports.problem.gender", String.valueOf(gender));
			}
			if (!hasValue) {
				target.problem(0, cellPath + ".value", "indicatorimports.problem.json.missing");
			}
			if (g != null && hasValue && !badValue) {
				cells.add(new Cell(cellPath, g, value, status(status)));
			}
		}
		return cells;
	}

	/** '' or absent: final; 'Prel' and any other marker: provisional. */
	static ValueStatus status(String status) {
		return status == null || status.isBlank() ? ValueStatus.FINAL : ValueStatus.PROVISIONAL;
	}

}
