package se.regionrum.analysis.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Chooses where to open {@code k} new points of one type: lazy greedy, then vertex interchange
 * (Teitz–Bart) until no single swap lowers the objective.
 * <p>
 * Sites are numbered together: the type's existing points first ({@code 0 .. E-1}), then the
 * candidates. Existing points are fixed unless marked closable; a closable one may be swapped out
 * for a candidate (relocation) and back in. The number of open points stays {@code E + k}.
 * <p>
 * <b>Greedy</b>: the gain of a site only shrinks as others open (submodular), so a stale gain is an
 * upper bound; a site is recomputed only when it comes first in the queue, and taken when its
 * fresh gain still comes first. Gains are searched by {@link GainSearch} against the current node
 * times.
 * <p>
 * <b>Interchange</b>: with every node's nearest and second-nearest open site ({@code d1, d2, n1})
 * from one {@link NearestTwoSearch}, swapping site {@code c} in for {@code s} saves
 * {@code G(c) - loss(s) + extra(c, s)}: the gain of adding {@code c}, less what closing {@code s}
 * alone costs, plus a correction over the cells whose nearest is {@code s} and that {@code c}
 * reaches faster than their second-nearest. One search from {@code c} pruned at {@code d2}
 * gives {@code G(c)} and {@code extra(c, s)} for every {@code s} at once. The saving is at most
 * {@code gain(c against the fixed points) - min loss}, so candidates are tried in order of that
 * first gain and the round stops when the bound cannot beat the best swap found.
 */
public final class SiteSelection {

	/** Larger {@code k} makes greedy slower than it is useful; the web and the command stop here. */
	public static final int MAX_K = 20;

	/**
	 * @param k new points to open, 0 to {@link #MAX_K} (0 with closable points: relocation only)
	 * @param allowed per candidate, whether it may be chosen; null for all
	 * @param closable per service point id, whether relocation may close it; null for none
	 * @param cellGroup per cell, a group (municipality) for the figures by group, -1 for none; null for no groups
	 * @param groupCount number of groups
	 */
	public record Options(int k, LocationObjective objective, boolean[] allowed, boolean[] closable, int threads,
			int[] cellGroup, int groupCount) {

		public Options {
			if (k < 0 || k > MAX_K) {
				throw new IllegalArgumentException("k must be between 0 and " + MAX_K);
			}
			threads = Math.max(1, threads);
		}

		public static Options of(int k, LocationObjective objective) {
			return new Options(k, objective, null, null, 1, null, 0);
		}

		public Options withAllowed(boolean[] mask) {
			return new Options(k, objective, mask, closable, threads, cellGroup, groupCount);
		}

		public Options withClosable(boolean[] mask) {
			return new Options(k, objective, allowed, mask, threads, cellGroup, groupCount);
		}

		public Options withThreads(int count) {
			return new Options(k, objective, allowed, closable, count, cellGroup, groupCount);
		}

		public Options withGroups(int[] group, int count) {
			return new Options(k, objective, allowed, closable, threads, group, count);
		}
	}

	private static final int MAX_ROUNDS = 10_000;

	private final LocationInput input;
	private final CandidateSites candidates;
	private final Options options;
	private final LocationObjective objective;
	private final int existing;
	private final CandidateSites sites;
	private final boolean[] removable;
	private final boolean[] canOpen;
	private final boolean[] open;
	private final long[] bound;

	private SiteSelection(LocationInput input, CandidateSites candidates, Options options, CandidateGains known) {
		this.input = input;
		this.candidates = candidates;
		this.options = options;
		this.objective = options.objective();
		this.existing = input.pointId.length;
		int count = existing + candidates.count();
		this.sites = new CandidateSites(concat(input.pointNode, candidates.node()),
				concat(input.pointConnectorTime, candidates.connectorTime()),
				concat(input.pointConnectorMeters, candidates.connectorMeters()));
		this.removable = new boolean[count];
		this.canOpen = new boolean[count];
		this.open = new boolean[count];
		for (int s = 0; s < existing; s++) {
			open[s] = true;
			removable[s] = options.closable() != null && options.closable()[input.pointId[s]];
			canOpen[s] = removable[s];
		}
		for (int c = 0; c < candidates.count(); c++) {
			canOpen[existing + c] = candidates.onNetwork(c) && (options.allowed() == null || options.allowed()[c]);
		}
		// gains against the fixed points bound every gain later on: the fixed points never close
		boolean anyClosable = false;
		for (boolean r : removable) {
			anyClosable |= r;
		}
		if (known != null && !anyClosable && known.objective().equals(objective) && known.count() == candidates.count()) {
			this.bound = concat(new long[existing], known.objectiveGain);
			return;
		}
		int[] fixedNodes = select(sites.node(), s -> s < existing && !removable[s]);
		int[] fixedIds = select(identity(count), s -> s < existing && !removable[s]);
		int[] fixedTime = nearestTwo(fixedNodes, fixedIds)[0];
		this.bound = CandidateGains.against(input, sites, fixedTime, objective, options.threads(), true).objectiveGain;
	}

	/** Chooses {@code options.k()} candidates (fewer if no more lowers the objective). */
	public static SelectedSites select(LocationInput input, CandidateSites candidates, Options options) {
		return select(input, candidates, options, null);
	}

	/**
	 * The same, reusing the gains of these candidates against the existing points when they were
	 * computed for the same objective (they are the greedy's first step; with closable points they
	 * are not the bound needed and are computed again).
	 */
	public static SelectedSites select(LocationInput input, CandidateSites candidates, Options options,
			CandidateGains gains) {
		long start = System.nanoTime();
		if (options.allowed() != null && options.allowed().length != candidates.count()) {
			throw new IllegalArgumentException("the candidate mask differs in length from the candidates");
		}
		if (options.cellGroup() != null && options.cellGroup().length != input.cells.count()) {
			throw new IllegalArgumentException("the cell groups differ in length from the cells");
		}
		SelectedSites result = new SiteSelection(input, candidates, options, gains).run();
		result.elapsedNanos = System.nanoTime() - start;
		return result;
	}

	private SelectedSites run() {
		int[] today = nodeTimes();
		long before = value(today);
		List<Integer> order = greedy(today.clone());
		int[] greedyChosen = order.stream().mapToInt(s -> s - existing).toArray();
		long afterGreedy = value(nodeTimes());
		int swaps = interchange(order);
		int[] after = nodeTimes();
		List<Integer> closed = new ArrayList<>();
		for (int s = 0; s < existing; s++) {
			if (!open[s]) {
				closed.add(input.pointId[s]);
			}
		}
		GainFigures total = new GainFigures(1, input.thresholdTime, input.cells.ageGroups().size());
		GainFigures byGroup = options.cellGroup() == null ? null
				: new GainFigures(options.groupCount(), input.thresholdTime, input.cells.ageGroups().size());
		for (int cell = 0; cell < input.cells.count(); cell++) {
			int node = input.cellNode[cell];
			if (node < 0) {
				continue;
			}
			int t0 = input.cellTime(cell, today[node]);
			int t1 = input.cellTime(cell, after[node]);
			total.add(total.values, 0, input.cells, cell, t0, t1);
			if (byGroup != null && options.cellGroup()[cell] >= 0) {
				byGroup.add(byGroup.values, options.cellGroup()[cell] * byGroup.width(), input.cells, cell, t0, t1);
			}
		}
		return new SelectedSites(order.stream().filter(s -> s >= existing).mapToInt(s -> s - existing).toArray(),
				greedyChosen, closed.stream().mapToInt(Integer::intValue).toArray(), before, afterGreedy,
				value(after), swaps, total, byGroup);
	}

	/** Lazy greedy from the current node times, which it updates; the sites taken, in order. */
	private List<Integer> greedy(int[] nodeTime) {
		long[] gain = bound.clone();
		int[] freshAt = new int[gain.length];
		Arrays.fill(freshAt, -1);
		PriorityQueue<Integer> queue = new PriorityQueue<>(
				(a, b) -> gain[a] != gain[b] ? Long.compare(gain[b], gain[a]) : Integer.compare(a, b));
		for (int s = existing; s < gain.length; s++) {
			if (canOpen[s] && gain[s] > 0) {
				queue.add(s);
			}
		}
		GainSearch search = new GainSearch(input.gainGraph(sites.node()));
		search.bind(nodeTime);
		List<Integer> taken = new ArrayList<>();
		for (int step = 0; step < options.k() && !queue.isEmpty(); step++) {
			while (true) {
				int s = queue.poll();
				search.run(sites.node()[s], sites.connectorTime()[s], objective.searchLimit());
				if (freshAt[s] == step) {
					for (int i = 0; i < search.reachedCount(); i++) {
						int v = search.reachedNode(i);
						nodeTime[v] = search.reachedTime(i);
					}
					search.keep();
					open[s] = true;
					taken.add(s);
					break;
				}
				gain[s] = CandidateGains.sum(input, search, nodeTime, objective, null, 0);
				freshAt[s] = step;
				if (gain[s] > 0) {
					queue.add(s);
				}
				if (queue.isEmpty()) {
					break;
				}
			}
		}
		return taken;
	}

	/** Swaps until none lowers the objective; {@code order} follows the swaps. Returns the number of swaps. */
	private int interchange(List<Integer> order) {
		Integer[] byBound = new Integer[sites.count()];
		int options = 0;
		for (int s = 0; s < sites.count(); s++) {
			if (canOpen[s]) {
				byBound[options++] = s;
			}
		}
		int[] tryOrder = Arrays.stream(byBound, 0, options)
			.sorted((a, b) -> bound[a] != bound[b] ? Long.compare(bound[b], bound[a]) : Integer.compare(a, b))
			.mapToInt(Integer::intValue)
			.toArray();
		int swaps = 0;
		SwapRound round = new SwapRound();
		for (int r = 0; r < MAX_ROUNDS; r++) {
			if (!round.prepare()) {
				break;
			}
			round.findBest(tryOrder);
			if (round.bestIn < 0) {
				break;
			}
			open[round.bestOut] = false;
			open[round.bestIn] = true;
			// order lists the open candidates only; existing points are told apart as closed ones
			int at = order.indexOf(round.bestOut);
			if (at >= 0 && round.bestIn >= existing) {
				order.set(at, round.bestIn);
			} else if (at >= 0) {
				order.remove(at);
			} else if (round.bestIn >= existing) {
				order.add(round.bestIn);
			}
			swaps++;
		}
		return swaps;
	}

	/** One interchange round: the state of the open sites and the best single swap. */
	private final class SwapRound {

		int[] first;
		int[] second;
		int[] nearest;
		long[] loss;
		long minLoss;
		int[] out;
		long best;
		int bestIn;
		int bestOut;
		int rounds;
		/** One workspace per thread, kept over the rounds. */
		final SwapEvaluation[] evaluations = new SwapEvaluation[options.threads()];

		SwapRound() {
			for (int t = 0; t < evaluations.length; t++) {
				evaluations[t] = new SwapEvaluation();
			}
		}

		/** Nearest two per node and the loss of closing each removable open site; false if none can close. */
		boolean prepare() {
			rounds++;
			int[] openNodes = select(sites.node(), s -> open[s]);
			int[] openIds = select(identity(sites.count()), s -> open[s]);
			out = select(identity(sites.count()), s -> open[s] && (s >= existing || removable[s]));
			if (out.length == 0) {
				return false;
			}
			int[][] two = nearestTwo(openNodes, openIds);
			first = two[0];
			second = two[1];
			nearest = two[2];
			loss = new long[sites.count()];
			int[] population = input.cells.population();
			for (int cell = 0; cell < input.cells.count(); cell++) {
				int node = input.cellNode[cell];
				if (node < 0 || nearest[node] < 0) {
					continue;
				}
				loss[nearest[node]] += population[cell] * (objective.cost(input.cellTime(cell, second[node]))
						- objective.cost(input.cellTime(cell, first[node])));
			}
			minLoss = Long.MAX_VALUE;
			for (int s : out) {
				minLoss = Math.min(minLoss, loss[s]);
			}
			return true;
		}

		void findBest(int[] tryOrder) {
			best = 0;
			bestIn = -1;
			bestOut = -1;
			int batch = options.threads() * 16;
			long[] saving = new long[batch];
			int[] savingOut = new int[batch];
			for (int from = 0; from < tryOrder.length; from += batch) {
				if (bound[tryOrder[from]] - minLoss <= best) {
					return;
				}
				int size = Math.min(batch, tryOrder.length - from);
				int offset = from;
				AtomicInteger handedOut = new AtomicInteger();
				ParallelRange.run(options.threads(), size, 4, () -> {
					SwapEvaluation evaluation = evaluations[handedOut.getAndIncrement()];
					return j -> {
						int c = tryOrder[offset + j];
						saving[j] = Long.MIN_VALUE;
						if (!open[c]) {
							evaluation.evaluate(c);
							saving[j] = evaluation.bestSaving;
							savingOut[j] = evaluation.bestOut;
						}
					};
				});
				for (int j = 0; j < size; j++) {
					int c = tryOrder[from + j];
					if (bound[c] - minLoss <= best) {
						return;
					}
					if (saving[j] > best) {
						best = saving[j];
						bestIn = c;
						bestOut = savingOut[j];
					}
				}
			}
		}

		/** One thread's workspace: the pruned search and the per-site corrections. */
		private final class SwapEvaluation {

			final GainSearch search = new GainSearch(input.gainGraph(sites.node()));
			final long[] extra = new long[sites.count()];
			final int[] touched = new int[sites.count()];
			final int[] touchedAt = new int[sites.count()];
			int evaluated;
			int boundRound = -1;
			long bestSaving;
			int bestOut;

			void evaluate(int c) {
				if (boundRound != rounds) {
					search.bind(second);
					boundRound = rounds;
				}
				search.run(sites.node()[c], sites.connectorTime()[c], objective.searchLimit());
				evaluated++;
				int touchedCount = 0;
				long gain = 0;
				int[] population = input.cells.population();
				for (int i = 0; i < search.reachedCount(); i++) {
					int v = search.reachedNode(i);
					int s = nearest[v];
					for (int j = input.firstCellAt[v]; j < input.firstCellAt[v + 1]; j++) {
						int cell = input.cellsAt[j];
						int tc = input.cellTime(cell, search.reachedTime(i));
						int t1 = input.cellTime(cell, first[v]);
						int t2 = input.cellTime(cell, second[v]);
						long added = population[cell] * (objective.cost(t1) - objective.cost(Math.min(t1, tc)));
						gain += added;
						if (s >= 0) {
							long instead = population[cell]
									* (objective.cost(t2) - objective.cost(Math.min(t2, tc)));
							if (touchedAt[s] != evaluated) {
								touchedAt[s] = evaluated;
								touched[touchedCount++] = s;
							}
							extra[s] += instead - added;
						}
					}
				}
				bestSaving = Long.MIN_VALUE;
				bestOut = -1;
				for (int s : out) {
					long saving = gain - loss[s] + extra[s];
					if (saving > bestSaving) {
						bestSaving = saving;
						bestOut = s;
					}
				}
				for (int i = 0; i < touchedCount; i++) {
					extra[touched[i]] = 0;
				}
			}
		}
	}

	/** Node times to the nearest open site. */
	private int[] nodeTimes() {
		return nearestTwo(select(sites.node(), s -> open[s]), select(identity(sites.count()), s -> open[s]))[0];
	}

	private int[][] nearestTwo(int[] nodes, int[] ids) {
		int[] time = new int[ids.length];
		int[] meters = new int[ids.length];
		for (int i = 0; i < ids.length; i++) {
			time[i] = sites.connectorTime()[ids[i]];
			meters[i] = sites.connectorMeters()[ids[i]];
		}
		return input.nearestTwo(new NearestTwoSearch(input.graph), nodes, time, meters, ids);
	}

	/** The objective's total over the cells on the network, with these node times. */
	private long value(int[] nodeTime) {
		long total = 0;
		for (int cell = 0; cell < input.cells.count(); cell++) {
			int node = input.cellNode[cell];
			if (node >= 0) {
				total += input.cells.population()[cell] * objective.cost(input.cellTime(cell, nodeTime[node]));
			}
		}
		return total;
	}

	private static int[] identity(int n) {
		int[] ids = new int[n];
		for (int i = 0; i < n; i++) {
			ids[i] = i;
		}
		return ids;
	}

	private static int[] select(int[] values, java.util.function.IntPredicate bySite) {
		int[] picked = new int[values.length];
		int n = 0;
		for (int s = 0; s < values.length; s++) {
			if (bySite.test(s)) {
				picked[n++] = values[s];
			}
		}
		return Arrays.copyOf(picked, n);
	}

	private static long[] concat(long[] a, long[] b) {
		long[] joined = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, joined, a.length, b.length);
		return joined;
	}

	private static int[] concat(int[] a, int[] b) {
		int[] joined = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, joined, a.length, b.length);
		return joined;
	}
}
