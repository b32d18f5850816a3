package se.regionrum.analysis.engine;

import java.util.Arrays;

/**
 * The exact gain of opening one new point of a type at each candidate site, the type's existing
 * points staying: the {@link GainFigures} per candidate (row = candidate index) and the gain in
 * the chosen {@link LocationObjective}.
 * <p>
 * One search of the existing points gives every node its current time; then, per candidate, a
 * {@link GainSearch} reaches just the nodes whose time the site lowers. A cell's time falls exactly
 * when its node's does (the connector is the same either way), so the figures sum over the cells of
 * the reached nodes. Candidates on the same node with the same connector are searched once.
 */
public final class CandidateGains {

	private final GainFigures figures;
	final long[] objectiveGain;
	private final LocationObjective objective;
	long reachedNodes;
	long elapsedNanos;

	private CandidateGains(GainFigures figures, long[] objectiveGain, LocationObjective objective) {
		this.figures = figures;
		this.objectiveGain = objectiveGain;
		this.objective = objective;
	}

	/** Gains against the type's existing points, on {@code threads} threads. */
	public static CandidateGains compute(LocationInput input, CandidateSites sites, LocationObjective objective,
			int threads) {
		long start = System.nanoTime();
		CandidateGains gains = against(input, sites, input.existingNodeTimes(), objective, threads, false);
		gains.elapsedNanos = System.nanoTime() - start;
		return gains;
	}

	/**
	 * Gains against the given node times. With {@code objectiveOnly} the searches stop where the
	 * objective no longer changes and the figures stay empty (bounds for {@link SiteSelection}).
	 */
	static CandidateGains against(LocationInput input, CandidateSites sites, int[] nodeTime,
			LocationObjective objective, int threads, boolean objectiveOnly) {
		int count = sites.count();
		GainFigures figures = new GainFigures(objectiveOnly ? 0 : count, input.thresholdTime,
				input.cells.ageGroups().size());
		CandidateGains gains = new CandidateGains(figures, new long[count], objective);
		int[] representative = sameSites(sites);
		// in node order, which is Hilbert order: consecutive searches reach much the same memory
		int[] unique = Arrays.stream(representative).distinct().boxed()
			.sorted((a, b) -> Integer.compare(sites.node()[a], sites.node()[b]))
			.mapToInt(Integer::intValue).toArray();
		long[] reached = new long[unique.length];
		int limit = objectiveOnly ? objective.searchLimit() : NearestTwoSearch.INFINITE;
		ParallelRange.run(threads, unique.length, 64, () -> {
			GainSearch search = new GainSearch(input.graph);
			search.bind(nodeTime);
			return u -> {
				int site = unique[u];
				search.run(sites.node()[site], sites.connectorTime()[site], limit);
				reached[u] = search.reachedCount();
				gains.objectiveGain[site] = sum(input, search, nodeTime, objective,
						objectiveOnly ? null : figures, site * figures.width());
			};
		});
		for (int site = 0; site < count; site++) {
			int from = representative[site];
			if (from != site) {
				gains.objectiveGain[site] = gains.objectiveGain[from];
				if (!objectiveOnly) {
					System.arraycopy(figures.values, from * figures.width(), figures.values, site * figures.width(),
							figures.width());
				}
			}
		}
		gains.reachedNodes = Arrays.stream(reached).sum();
		return gains;
	}

	/**
	 * Sums over the cells of the nodes the search reached: the objective's gain, returned, and the
	 * figures into row {@code base} of {@code figures} unless that is null.
	 */
	static long sum(LocationInput input, GainSearch search, int[] nodeTime, LocationObjective objective,
			GainFigures figures, int base) {
		long gain = 0;
		int[] population = input.cells.population();
		for (int i = 0; i < search.reachedCount(); i++) {
			int v = search.reachedNode(i);
			int now = nodeTime[v];
			int then = search.time(v);
			for (int j = input.firstCellAt[v]; j < input.firstCellAt[v + 1]; j++) {
				int cell = input.cellsAt[j];
				int before = input.cellTime(cell, now);
				int after = input.cellTime(cell, then);
				if (after >= before) {
					continue;
				}
				gain += population[cell] * (objective.cost(before) - objective.cost(after));
				if (figures != null) {
					figures.add(figures.values, base, input.cells, cell, before, after);
				}
			}
		}
		return gain;
	}

	/** For each site the lowest-numbered site on the same node with the same connector time. */
	private static int[] sameSites(CandidateSites sites) {
		int n = sites.count();
		long[] keyed = new long[n];
		for (int i = 0; i < n; i++) {
			keyed[i] = ((long) sites.node()[i] << 32) | (sites.connectorTime()[i] & 0xffffffffL);
		}
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> keyed[a] != keyed[b] ? Long.compare(keyed[a], keyed[b]) : Integer.compare(a, b));
		int[] representative = new int[n];
		for (int i = 0; i < n; i++) {
			int site = order[i];
			representative[site] = i > 0 && keyed[order[i - 1]] == keyed[site] ? representative[order[i - 1]] : site;
		}
		return representative;
	}

	/**
	 * Bytes one thread's search workspace holds on a graph: an int per node, plus lists that grow to
	 * the largest set of nodes one site reaches (an int each, and 8 bytes per queue entry).
	 */
	public static long workspaceBytes(RoadGraph graph) {
		return GainSearch.bytesFor(graph.nodeCount());
	}

	/**
	 * The gains for covering within threshold {@code k} of the settings, from these searches' figures:
	 * the people a site brings within the threshold are exactly what covering within it gains. So a
	 * covering selection after the figures needs no second pass over the candidates.
	 *
	 * @throws IllegalStateException when these gains were computed without figures
	 */
	public CandidateGains coveringWithin(int threshold) {
		if (figures.rows() != count()) {
			throw new IllegalStateException("these gains have no figures");
		}
		long[] covered = new long[count()];
		for (int site = 0; site < covered.length; site++) {
			covered[site] = figures.newlyWithin(threshold, site);
		}
		CandidateGains gains = new CandidateGains(figures, covered,
				new LocationObjective(true, figures.thresholdTime(threshold)));
		gains.reachedNodes = reachedNodes;
		return gains;
	}

	public int count() {
		return objectiveGain.length;
	}

	public GainFigures figures() {
		return figures;
	}

	/** The fall of the objective's total if a point opened at the site alone. */
	public long objectiveGain(int site) {
		return objectiveGain[site];
	}

	public LocationObjective objective() {
		return objective;
	}

	/** Nodes the candidate searches reached, all candidates together: the work done. */
	public long reachedNodes() {
		return reachedNodes;
	}

	public long elapsedNanos() {
		return elapsedNanos;
	}
}
