package se.regionrum.analysis.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import se.regionrum.analysis.engine.LocationObjective;
import se.regionrum.analysis.engine.SiteSelection;

/**
 * The location options of {@link AnalysisCommand} ({@code --locate TYPE} and its companions), taken
 * out of the command line before the rest is parsed, so that the analysis options stay as they are.
 *
 * @param candidates {@code cells}, {@code nodes}, or null with {@link #candidateFile} set
 * @param closable whether the type's existing points may be closed, that is moved to a candidate
 * @param municipalities the municipality codes candidates must lie in (that of the nearest cell); empty: anywhere
 */
record LocateOptions(String type, String candidates, Path candidateFile, int k, boolean cover, int coverMinutes,
		boolean closable, List<String> municipalities) {

	static final String USAGE = """
			Location analysis (where a new point helps most), after the analysis:
			               --locate TYPE [--candidates cells|nodes|sites.csv] [--k 5] [--objective median|cover]
			               [--cover-minutes 20] [--closable] [--only-municipalities 2080,2081,...]
			               sites.csv: columns x,y (SWEREF 99 TM) or lon,lat (WGS 84), optionally id.
			               --closable: existing points of the type may be moved (with it --k may be 0).
			               --only-municipalities: candidates in these municipalities only (the cells file
			               needs a municipality column; a candidate lies in its nearest cell's).
			""";

	/** The location options and what is left of the command line; the options are null without --locate. */
	record Split(LocateOptions options, String[] rest) {
	}

	static Split split(String[] args) {
		String type = null;
		String candidates = "cells";
		int k = 5;
		String objective = "median";
		int coverMinutes = 20;
		boolean closable = false;
		List<String> municipalities = List.of();
		boolean any = false;
		List<String> rest = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String option = args[i];
			if (option.equals("--closable")) {
				closable = true;
				any = true;
				continue;
			}
			boolean ours = switch (option) {
				case "--locate", "--candidates", "--k", "--objective", "--cover-minutes", "--only-municipalities" -> true;
				default -> false;
			};
			if (!ours) {
				rest.add(option);
				continue;
			}
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException("option " + option + " needs a value");
			}
			String value = args[++i];
			any = true;
			switch (option) {
				case "--locate" -> type = value.strip().toLowerCase(Locale.ROOT);
				case "--candidates" -> candidates = value.strip();
				case "--k" -> k = whole(option, value);
				case "--objective" -> objective = value.strip().toLowerCase(Locale.ROOT);
				case "--only-municipalities" -> municipalities = codes(value);
				default -> coverMinutes = whole(option, value);
			}
		}
		String[] left = rest.toArray(String[]::new);
		if (!any) {
			return new Split(null, left);
		}
		if (type == null || type.isEmpty()) {
			throw new IllegalArgumentException("--candidates, --k, --objective, --cover-minutes, --closable and "
					+ "--only-municipalities go with --locate TYPE");
		}
		// relocation alone (k = 0) is a question only when existing points may move
		int leastK = closable ? 0 : 1;
		if (k < leastK || k > SiteSelection.MAX_K) {
			throw new IllegalArgumentException("--k takes a whole number from " + leastK + " to " + SiteSelection.MAX_K
					+ (closable ? "" : " (0 only with --closable)"));
		}
		if (!objective.equals("median") && !objective.equals("cover")) {
			throw new IllegalArgumentException("--objective takes median or cover");
		}
		if (coverMinutes < 1 || coverMinutes > LocationObjective.DEFAULT_MEDIAN_CAP_MINUTES) {
			throw new IllegalArgumentException(
					"--cover-minutes takes whole minutes from 1 to " + LocationObjective.DEFAULT_MEDIAN_CAP_MINUTES);
		}
		boolean builtIn = candidates.equals("cells") || candidates.equals("nodes");
		return new Split(new LocateOptions(type, builtIn ? candidates : null, builtIn ? null : Path.of(candidates), k,
				objective.equals("cover"), coverMinutes, closable, municipalities), left);
	}

	LocationObjective objective() {
		return cover ? LocationObjective.coverWithin(coverMinutes) : LocationObjective.medianTime();
	}

	private static List<String> codes(String value) {
		List<String> codes = Arrays.stream(value.split(",")).map(String::strip).filter(c -> !c.isEmpty())
			.distinct().toList();
		if (codes.isEmpty()) {
			throw new IllegalArgumentException("option --only-municipalities takes municipality codes separated by commas");
		}
		return codes;
	}

	private static int whole(String option, String value) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("option " + option + " takes a whole number, not \"" + value + "\"");
		}
	}
}
