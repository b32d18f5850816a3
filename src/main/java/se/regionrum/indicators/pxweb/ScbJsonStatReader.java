package se.regionrum.indicators.pxweb;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.regionrum.indicators.Gender;
import se.regionrum.indicators.IndicatorSource;
import se.regionrum.indicators.ValueStatus;
import se.regionrum.indicators.reading.ValueImport;
import se.regionrum.platform.ImportRejectedException;

/**
 * Reads an SCB PxWebApi 2 JSON-stat2 dataset (decoded by {@link JsonStat2}) into a
 * {@link ValueImport}. Dimensions: {@code Region} (4-digit municipality, 2-digit county as Kolada's
 * {@code 00LL}, '00' the country), {@code Tid} (the year), {@code ContentsCode} (one indicator per
 * contents code: source SCB, source id = the table, source contents = the code) and optionally
 * {@code Kon} ('1' men, '2' women, '1+2' total; total when absent). Any other dimension must have a
 * single category. Status: the marks {@code ..}, {@code .} and {@code -} (or a null value) are missing;
 * a mark starting with p (SCB's p, preliminär) is provisional; other marks on a value are read as final. Problems name
 * the JSON path of the category or cell.
 */
public final class ScbJsonStatReader {

	private final ValueImport target;

	private final String formTableId;

	public ScbJsonStatReader(ValueImport target, String tableId) {
		this.target = target;
		this.formTableId = tableId == null || tableId.isBlank() ? null : tableId.strip();
	}

	public void read(InputStream in) {
		JsonStat2 data;
		try {
			data = JsonStat2.read(in);
		}
		catch (ImportRejectedException ex) {
			ex.problems().forEach(p -> target.problem(p.row(), p.column(), p.messageKey(), p.arguments()));
			return;
		}
		String tableId = formTableId != null ? formTableId : data.tableId().orElse(null);
		if (tableId == null) {
			target.problem(0, "$.extension.px.tableid", "indicatorimports.problem.noTableId");
			return;
		}
		int regionDim = data.dimensionIndex("Region");
		int yearDim = data.dimensionIndex("Tid");
		int contentsDim = data.dimensionIndex("ContentsCode");
		int genderDim = data.dimensionIndex("Kon");
		if (regionDim < 0) {
			target.problem(0, "$.dimension.Region", "indicatorimports.problem.json.missing");
		}
		if (yearDim < 0) {
			target.problem(0, "$.dimension.Tid", "indicatorimports.problem.json.missing");
		}
		if (contentsDim < 0) {
			target.problem(0, "$.dimension.ContentsCode", "indicatorimports.problem.json.missing");
		}
		List<JsonStat2.Dimension> dims = data.dimensions();
		for (int d = 0; d < dims.size(); d++) {
			if (d != regionDim && d != yearDim && d != contentsDim && d != genderDim && dims.get(d).categories().size() > 1) {
				target.problem(0, "$.dimension." + dims.get(d).id(), "indicatorimports.problem.extraDimension",
						dims.get(d).id(), dims.get(d).categories().size());
			}
		}
		if (target.hasProblems()) {
			return;
		}
		String[] areas = codes(dims.get(regionDim), code -> {
			String area = ScbCodes.area(code);
			return target.knownArea(area) ? area : null;
		}, "indicatorimports.problem.unknownArea");
		String[] years = codes(dims.get(yearDim),
				code -> code.matches("\\d{4}") ? code : null, "indicatorimports.problem.year");
		String[] genders = genderDim < 0 ? null : codes(dims.get(genderDim), code -> {
			Gender g = ScbCodes.gender(code);
			return g == null ? null : g.name();
		}, "indicatorimports.problem.gender");
		long[] indicators = new long[dims.get(contentsDim).categories().size()];
		for (int i = 0; i < indicators.length; i++) {
			String code = dims.get(contentsDim).categories().get(i).code();
			Long id = target.indicator(IndicatorSource.SCB, tableId, code).orElse(null);
			if (id == null) {
				target.problem(0, "$.dimension.ContentsCode.category.index." + code,
						"indicatorimports.problem.unknownContents", code, tableId);
			}
			else {
				indicators[i] = id;
			}
		}
		if (target.hasProblems()) {
			return;
		}
		int[] cell = { 0 };
		data.forEachCell((index, value, status) -> {
			int at = cell[0]++;
			Gender gender = genders == null ? Gender.T : Gender.valueOf(genders[index[genderDim]]);
			target.value(indicators[index[contentsDim]], areas[index[regionDim]],
					Integer.parseInt(years[index[yearDim]]), gender, value, status(value, status), 0, "$.value[" + at + "]");
		});
	}

	/** Missing for the marks {@code ..}, {@code .}, {@code -} or no value; provisional for a mark starting with p; else final. */
	static ValueStatus status(Double value, String status) {
		String s = status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
		if (value == null || s.equals("..") || s.equals(".") || s.equals("-")) {
			return ValueStatus.MISSING;
		}
		return s.startsWith("p") ? ValueStatus.PROVISIONAL : ValueStatus.FINAL;
	}

	private String[] codes(JsonStat2.Dimension dimension, java.util.function.Function<String, String> map,
			String problemKey) {
		List<String> out = new ArrayList<>();
		for (JsonStat2.Category c : dimension.categories()) {
			String mapped = map.apply(c.code());
			if (mapped == null) {
				target.problem(0, "$.dimension." + dimension.id() + ".category.index." + c.code(), problemKey, c.code());
			}
			out.add(mapped);
		}
		return out.toArray(String[]::new);
	}

}
