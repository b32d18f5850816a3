package se.regionrum.analysis.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The scenario options of {@link AnalysisCommand} ({@code --close} and {@code --open}), taken out of
 * the command line before the rest is parsed, as {@link LocateOptions} are. Only their form is
 * checked here; whether the ids and types exist is known once the inputs are read.
 *
 * @param closed point ids as the points files give them (the {@code point_id} of {@code points.csv})
 * @param opened new points, in the order given
 */
record ScenarioOptions(List<String> closed, List<Opening> opened) {

	static final String USAGE = """
			Scenario (points closed or opened, against the analysis), after the analysis:
			               [--close ID[,ID...]]... [--open TYPE:X,Y]...
			               ID: a point_id of points.csv; X,Y: SWEREF 99 TM metres.
			               Writes scenario_cells.csv (as cells.csv) and scenario_changes.csv.
			""";

	/** A new point of {@code type} at {@code x, y} (SWEREF 99 TM). */
	record Opening(String type, double x, double y) {
	}

	/** The scenario options and what is left of the command line; the options are null without any. */
	record Split(ScenarioOptions options, String[] rest) {
	}

	static Split split(String[] args) {
		List<String> closed = new ArrayList<>();
		List<Opening> opened = new ArrayList<>();
		List<String> rest = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String option = args[i];
			if (!option.equals("--close") && !option.equals("--open")) {
				rest.add(option);
				continue;
			}
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException("option " + option + " needs a value");
			}
			String value = args[++i];
			if (option.equals("--close")) {
				List<String> ids = Arrays.stream(value.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
				if (ids.isEmpty()) {
					throw new IllegalArgumentException("option --close takes point ids separated by commas");
				}
				closed.addAll(ids);
			}
			else {
				opened.add(opening(value));
			}
		}
		String[] left = rest.toArray(String[]::new);
		if (closed.isEmpty() && opened.isEmpty()) {
			return new Split(null, left);
		}
		return new Split(new ScenarioOptions(List.copyOf(closed), List.copyOf(opened)), left);
	}

	private static Opening opening(String value) {
		int colon = value.indexOf(':');
		String[] xy = colon < 0 ? new String[0] : value.substring(colon + 1).split(",");
		String type = colon < 0 ? "" : value.substring(0, colon).strip().toLowerCase(Locale.ROOT);
		if (type.isEmpty() || xy.length != 2) {
			throw new IllegalArgumentException("option --open takes TYPE:X,Y (SWEREF 99 TM metres), not \"" + value + "\"");
		}
		double x = coordinate(value, xy[0]);
		double y = coordinate(value, xy[1]);
		// the commonest slip: degrees where metres belong
		if (Math.abs(x) <= 180 && Math.abs(y) <= 90) {
			throw new IllegalArgumentException("option --open: " + value.substring(colon + 1)
					+ " look like degrees; give X,Y in SWEREF 99 TM metres");
		}
		return new Opening(type, x, y);
	}

	private static double coordinate(String value, String number) {
		try {
			double coordinate = Double.parseDouble(number.strip());
			if (Double.isFinite(coordinate)) {
				return coordinate;
			}
		}
		catch (NumberFormatException ex) {
			// reported below with the whole value
		}
		throw new IllegalArgumentException("option --open: \"" + number.strip() + "\" in \"" + value
				+ "\" is not a coordinate in metres");
	}
}
