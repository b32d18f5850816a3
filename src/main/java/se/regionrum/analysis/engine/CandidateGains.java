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
 * the reached nodes. Candidates on the same node are searched once, from the shortest connector;
 * those with the same connector too are summed once.
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
		int[] order = byNodeAndConnector(sites);
		int[] representative = sameSites(sites, order);
		int[] groupStart = nodeGroups(sites, order);
		int groups = groupStart.length - 1;
		long[] reached = new long[groups];
		int limit = objectiveOnly ? objective.searchLimit() : NearestTwoSearch.INFINITE;
		GainGraph gainGraph = input.gainGraph(sites.node());
		ParallelRange.run(threads, groups, 64, () -> {
			GainSearch search = new GainSearch(gainGraph);
			search.bind(nodeTime);
			return g -> {
				// the first site of a node has its shortest connector: the others reach a subset of
				// its nodes, each at its time plus the difference in connector, so one search serves all
				int first = order[groupStart[g]];
				int startTime = sites.connectorTime()[first];
				search.run(sites.node()[first], startTime, limit);
				reached[g] = search.reachedCount();
				for (int i = groupStart[g]; i < groupStart[g + 1]; i++) {
					int site = order[i];
					if (representative[site] == site) {
						gains.objectiveGain[site] = sum(input, search, sites.connectorTime()[site] - startTime, limit,
								nodeTime, objective, objectiveOnly ? null : figures, site * figures.width());
					}
				}
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
		return sum(input, search, 0, NearestTwoSearch.INFINITE, nodeTime, objective, figures, base);
	}

	/**
	 * As {@link #sum(LocationInput, GainSearch, int[], LocationObjective, GainFigures, int)} for a
	 * site on the search's node whose connector takes {@code delay} longer: its time to a node is
	 * the search's plus the delay, and it reaches the nodes where that stays below the node's time
	 * and {@code limit}, as its own search would.
	 */
	static long sum(LocationInput input, GainSearch search, int delay, int limit, int[] nodeTime,
			LocationObjective objective, GainFigures figures, int base) {
		long gain = 0;
		int[] population = input.cells.population();
		int[] firstCellAt = input.firstCellAt;
		int[] cellsAt = input.cellsAt;
		for (int i = 0; i < search.reachedCount(); i++) {
			int v = search.reachedNode(i);
			int firstCell = firstCellAt[v];
			int endCell = firstCellAt[v + 1];
			if (firstCell == endCell) {
				// most reached nodes hold no cell: no need to load their times
				continue;
			}
			int now = nodeTime[v];
			long delayed = (long) search.reachedTime(i) + delay;
			if (delayed >= now || delayed >= limit) {
				continue;
			}
			int then = (int) delayed;
			for (int j = firstCell; j < endCell; j++) {
				int cell = cellsAt[j];
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

	/** Site indices by node, then connector time, then index: on-network sites' nodes in Hilbert order. */
	private static int[] byNodeAndConnector(CandidateSites sites) {
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
		return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
	}

	/** For each site the lowest-numbered site on the same node with the same connector time. */
	private static int[] sameSites(CandidateSites sites, int[] order) {
		int[] representative = new int[order.length];
		for (int i = 0; i < order.length; i++) {
			int site = order[i];
			int previous = i > 0 ? order[i - 1] : -1;
			representative[site] = previous >= 0 && sites.node()[previous] == sites.node()[site]
					&& sites.connectorTime()[previous] == sites.connectorTime()[site] ? representative[previous] : site;
		}
		return representative;
	}

	/** Where each node's run of sites starts in {@code order}, and its end. */
	private static int[] nodeGroups(CandidateSites sites, int[] order) {
		int[] start = new int[order.length + 1];
		int groups = 0;
		for (int i = 0; i < order.length; i++) {
			if (i == 0 || sites.node()[order[i]] != sites.node()[order[i - 1]]) {
				start[groups++] = i;
			}
		}
		start[groups] = order.length;
		return Arrays.copyOf(start, groups + 1);
	}

	/**
	 * The reduced graph the searches for these sites run on: its nodes, the bytes it holds (shared by
	 * the threads) and the bytes of one thread's search workspace (an int and a flag per node of it,
	 * before the lists of reached nodes and the heap grow to the largest reach).
	 */
	public record ReducedGraphSize(int nodes, long sharedBytes, long workspaceBytes) {
	}

	public static ReducedGraphSize reducedGraphSize(LocationInput input, CandidateSites sites) {
		GainGraph reduced = input.gainGraph(sites.node());
		return new ReducedGraphSize(reduced.nodeCount, reduced.memoryBytes(), GainSearch.bytesFor(reduced.nodeCount));
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
