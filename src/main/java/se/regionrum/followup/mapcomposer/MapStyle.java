package se.regionrum.followup.mapcomposer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import se.regionrum.platform.NumberText;

/**
 * The colours, class breaks and legend texts of composed maps, in one place for the screen and the
 * print. Every palette runs from light to dark, so that its classes stay apart in grey-scale print;
 * point layers differ by marker shape, flows by line width, and "no data" or "missing plan" by a
 * dashed outline.
 */
final class MapStyle {

	/** Light to dark blue: indicator classes. */
	static final List<String> SEQUENTIAL = List.of("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c");

	/** Light to dark red: travel time or distance bands, the last for the unreachable. */
	static final List<String> ACCESS = List.of("#fef0d9", "#fdcc8a", "#fc8d59", "#d7301f", "#5c0a0a");

	static final String NO_DATA = "#ffffff";

	static final String OUTLINE = "#333333";

	static final String INITIATIVE = "#6a3d9a";

	static final String ESTABLISHMENT = "#b35806";

	static final String SERVICE_POINT = "#1a1a1a";

	static final String FLOW = "#08306b";

	static final String PLAN_CURRENT = "#1b7837";

	static final String PLAN_OUTDATED = "#a6dba0";

	static final String DASHED = "5 4";

	/** Upper limits of the accessibility bands, as on the analysis pages. */
	static final List<Integer> MINUTES = List.of(10, 20, 30);

	static final List<Integer> KM = List.of(5, 10, 20);

	private MapStyle() {
	}

	/**
	 * Class breaks by quantiles, rounded to two significant digits: at most {@code classes - 1}
	 * distinct breaks (fewer when the values have fewer distinct levels).
	 */
	static List<Double> quantileBreaks(List<Double> values, int classes) {
		List<Double> sorted = values.stream().filter(v -> v != null && !v.isNaN()).sorted().toList();
		TreeSet<Double> breaks = new TreeSet<>();
		if (sorted.size() < 2) {
			return List.of();
		}
		for (int k = 1; k < classes; k++) {
			double q = sorted.get((int) Math.floor((double) k * sorted.size() / classes));
			double rounded = round2(q);
			if (rounded > sorted.get(0)) {
				breaks.add(rounded);
			}
		}
		return new ArrayList<>(breaks);
	}

	static double round2(double value) {
		if (value == 0) {
			return 0;
		}
		return new BigDecimal(value).round(new MathContext(2)).doubleValue();
	}

	/** Class 0..breaks.size() of a value: below the first break is class 0. */
	static int classOf(double value, List<? extends Number> breaks) {
		for (int i = 0; i < breaks.size(); i++) {
			if (value < breaks.get(i).doubleValue()) {
				return i;
			}
		}
		return breaks.size();
	}

	/** The colours of {@code count} classes spread over a palette of five. */
	static List<String> spread(List<String> palette, int count) {
		if (count >= palette.size()) {
			return palette;
		}
		List<String> colours = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int at = count == 1 ? palette.size() - 2 : (int) Math.round((double) i * (palette.size() - 1) / (count - 1));
			colours.add(palette.get(at));
		}
		return colours;
	}

	/** "under 10", "10–20", …, "30 and over", each with the unit. */
	static List<String> rangeLabels(List<? extends Number> breaks, String unit, Locale locale, String under,
			String over) {
		List<String> labels = new ArrayList<>();
		String u = unit == null || unit.isBlank() ? "" : "\u00a0" + unit;
		if (breaks.isEmpty()) {
			return labels;
		}
		labels.add(under + " " + number(breaks.get(0), locale) + u);
		for (int i = 1; i < breaks.size(); i++) {
			labels.add(number(breaks.get(i - 1), locale) + "–" + number(breaks.get(i), locale) + u);
		}
		labels.add(number(breaks.get(breaks.size() - 1), locale) + u + " " + over);
		return labels;
	}

	static String number(Number value, Locale locale) {
		double v = value.doubleValue();
		if (v == Math.rint(v) && Math.abs(v) < 1e15) {
			return NumberText.integer(Math.round(v), locale);
		}
		return NumberText.decimal(v, Math.abs(v) >= 10 ? 1 : 2, locale);
	}

	/** Line widths of flows in three classes, wide enough apart to read in grey. */
	static final List<Double> FLOW_WIDTHS = List.of(1.5, 3.5, 6.5);

}
