package se.regionrum.analysis.engine;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Answers {@link Scenario}s against a base analysis without running it again: for each service
 * type a scenario touches, the nearest-point labels of every node are repaired from the base ones
 * ({@link ScenarioSearch}), or the type is searched afresh where that is less work. Either way the
 * result equals a fresh {@link AccessibilityEngine} analysis of the changed point set.
 * <p>
 * Prepared once per base (same graph, cells, points and settings as the base analysis); a type's
 * base labels (time, metres and nearest source of every node: 12 bytes per node) are made by one
 * search the first time a scenario touches the type, or by {@link #prepare}. Safe for concurrent
 * use: prepared labels are read only, and each evaluation takes a workspace of its own.
 */
public final class ScenarioEngine {

	/**
	 * The default budget of bounded work: beyond this share of the nodes the type is searched
	 * afresh. Repair costs about as much per node it touches as the full search per node of the
	 * graph (ScenarioBenchmark), so half the graph leaves room for the repair's extra passes.
	 */
	public static final double DEFAULT_FULL_SEARCH_SHARE = 0.5;

	private final RoadGraph graph;
	private final NodeLocator locator;
	private final Cells cells;
	private final ServicePoints points;
	private final EngineSettings settings;
	private final Accessibility base;
	private final double fullSearchShare;
	private final int[] thresholds;
	private final int[] cellNode;
	private final int[] cellConnectorTime;
	private final int[] cellConnectorMeters;
	/** Cells by their node: {@code cellsByNode[firstCellAt[v]] ..} while the cell's node is {@code v}; -1 where none. */
	private final int[] firstCellAt;
	private final int[] cellsByNode;
	private final int[] pointNode;
	private final int[] pointConnectorTime;
	private final int[] pointConnectorMeters;
	/** {@code [type]}: time, metres and source of every node, null until prepared. */
	private final int[][] baseLabels;
	private OutgoingEdges outgoing;
	private final ConcurrentLinkedQueue<ScenarioSearch> idleSearches = new ConcurrentLinkedQueue<>();

	/**
	 * @param base the analysis of {@code cells} and {@code points} with {@code settings} by {@code engine}
	 */
	public ScenarioEngine(AccessibilityEngine engine, Cells cells, ServicePoints points, EngineSettings settings,
			Accessibility base) {
		this(engine, cells, points, settings, base, DEFAULT_FULL_SEARCH_SHARE);
	}

	/**
	 * @param fullSearchShare a type is searched afresh once the bounded work touches more than this
	 *        share of the nodes (0: always afresh; 1: never, short of the whole graph)
	 */
	public ScenarioEngine(AccessibilityEngine engine, Cells cells, ServicePoints points, EngineSettings settings,
			Accessibility base, double fullSearchShare) {
		if (base.cellCount() != cells.count() || base.typeCount() != points.typeCount()) {
			throw new IllegalArgumentException("the base analysis is of other cells or types");
		}
		if (!(fullSearchShare >= 0 && fullSearchShare <= 1)) {
			throw new IllegalArgumentException("the full-search share must lie between 0 and 1");
		}
		this.graph = engine.graph();
		this.locator = engine.locator();
		this.cells = cells;
		this.points = points;
		this.settings = settings;
		this.base = base;
		this.fullSearchShare = fullSearchShare;
		this.thresholds = new int[settings.thresholdMinutes().length];
		for (int k = 0; k < thresholds.length; k++) {
			thresholds[k] = EngineTime.fromMinutes(settings.thresholdMinutes()[k]);
		}
		int cellCount = cells.count();
		cellNode = new int[cellCount];
		cellConnectorTime = new int[cellCount];
		cellConnectorMeters = new int[cellCount];
		AccessibilityEngine.attach(graph, locator, cells.x(), cells.y(), settings.cellSnapMeters(), settings, cellNode,
				cellConnectorTime, cellConnectorMeters);
		cellsByNode = cellsSortedByNode(cellNode);
		firstCellAt = new int[graph.nodeCount];
		Arrays.fill(firstCellAt, -1);
		for (int k = cellsByNode.length - 1; k >= 0; k--) {
			firstCellAt[cellNode[cellsByNode[k]]] = k;
		}
		int pointCount = points.count();
		pointNode = new int[pointCount];
		pointConnectorTime = new int[pointCount];
		pointConnectorMeters = new int[pointCount];
		AccessibilityEngine.attach(graph, locator, points.x(), points.y(), settings.pointSnapMeters(), settings,
				pointNode, pointConnectorTime, pointConnectorMeters);
		baseLabels = new int[points.typeCount()][];
	}

	/**
	 * Makes the type's base labels now rather than at the first scenario that needs them, and
	 * checks them against the base analysis.
	 *
	 * @throws IllegalStateException if the base analysis was made of other inputs
	 */
	public void prepare(int type) {
		ScenarioSearch workspace = takeWorkspace();
		try {
			labels(type, workspace);
		} finally {
			idleSearches.add(workspace);
		}
	}

	private ScenarioSearch takeWorkspace() {
		ScenarioSearch workspace = idleSearches.poll();
		return workspace != null ? workspace : new ScenarioSearch(graph);
	}

	public boolean prepared(int type) {
		synchronized (baseLabels) {
			return baseLabels[type] != null;
		}
	}

	/** Bytes held by the prepared base labels and the outgoing-edge index they share. */
	public long preparedBytes() {
		long bytes = 0;
		synchronized (baseLabels) {
			for (int[] labels : baseLabels) {
				bytes += labels == null ? 0 : 4L * labels.length;
			}
			return bytes + (outgoing == null ? 0 : outgoing.memoryBytes());
		}
	}

	public ScenarioResult evaluate(Scenario scenario) {
		return evaluate(scenario, null);
	}

	/**
	 * @param cellGroup per cell a group (a municipality, say) from 0, or -1 for none; null for no
	 *        per-group totals
	 */
	public ScenarioResult evaluate(Scenario scenario, int[] cellGroup) {
		long start = System.nanoTime();
		scenario.checkAgainst(points);
		int groupCount = groupCount(cellGroup);
		int opened = scenario.openedCount();
		int[] openedNode = new int[opened];
		int[] openedTime = new int[opened];
		int[] openedMeters = new int[opened];
		AccessibilityEngine.attach(graph, locator, scenario.openedX(), scenario.openedY(), settings.pointSnapMeters(),
				settings, openedNode, openedTime, openedMeters);
		boolean[] openedOnNetwork = new boolean[opened];
		boolean[] touchedType = new boolean[points.typeCount()];
		for (int i = 0; i < opened; i++) {
			openedOnNetwork[i] = openedNode[i] >= 0;
			touchedType[scenario.openedTypes()[i]] |= openedOnNetwork[i];
		}
		boolean[] closed = scenario.closedMask(points.count());
		for (int p = 0; p < closed.length; p++) {
			touchedType[points.type()[p]] |= closed[p] && pointNode[p] >= 0;
		}
		ScenarioResult result = new ScenarioResult(base, groupCount, openedOnNetwork);
		ScenarioSearch search = takeWorkspace();
		try {
			for (int type = 0; type < points.typeCount(); type++) {
				if (!touchedType[type]) {
					result.keepBase(type, new ScenarioTotals(thresholds, cells.ageGroups().size()),
							newTotals(groupCount));
					continue;
				}
				Rows kept = new Rows();
				Rows closedSources = new Rows();
				for (int p : points.ofType(type)) {
					if (pointNode[p] >= 0) {
						(closed[p] ? closedSources : kept).add(pointNode[p], pointConnectorTime[p],
								pointConnectorMeters[p], p);
					}
				}
				Rows openedSources = new Rows();
				for (int i = 0; i < opened; i++) {
					if (openedOnNetwork[i] && scenario.openedTypes()[i] == type) {
						openedSources.add(openedNode[i], openedTime[i], openedMeters[i],
								Scenario.openedId(points.count(), i));
					}
				}
				evaluateType(type, search, kept, closedSources, openedSources, cellGroup, groupCount, result);
			}
		} finally {
			search.clear();
			idleSearches.add(search);
		}
		result.elapsedNanos = System.nanoTime() - start;
		return result;
	}

	private void evaluateType(int type, ScenarioSearch search, Rows kept, Rows closedSources,
			Rows openedSources, int[] cellGroup, int groupCount, ScenarioResult result) {
		int[] labels = labels(type, search);
		search.begin(labels, (int) Math.min(Integer.MAX_VALUE, (long) (fullSearchShare * graph.nodeCount)));
		boolean bounded = search.repairClosures(outgoing(), closedSources.column(Rows.NODE),
				closedSources.column(Rows.ID), kept.column(Rows.NODE), kept.column(Rows.TIME),
				kept.column(Rows.METERS), kept.column(Rows.ID))
				&& search.spreadOpenings(openedSources.column(Rows.NODE), openedSources.column(Rows.TIME),
						openedSources.column(Rows.METERS), openedSources.column(Rows.ID));
		int touched = search.touchedNodes();
		if (!bounded) {
			// the sources after the scenario in id order, as the engine gives them: ties then break alike
			Rows all = kept.followedBy(openedSources);
			search.runFull(all.column(Rows.NODE), all.column(Rows.TIME), all.column(Rows.METERS),
					all.column(Rows.ID));
			touched = 0;
		}
		int[] candidates = search.ranFull() ? null : cellsOfTouchedNodes(search);
		int candidateCount = candidates == null ? cellNode.length : candidates.length;
		int[] baseTime = base.times(type);
		int[] baseMeters = base.meters(type);
		int[] baseNearest = base.nearestPoints(type);
		Rows changes = new Rows();
		ScenarioTotals total = new ScenarioTotals(thresholds, cells.ageGroups().size());
		ScenarioTotals[] groups = newTotals(groupCount);
		for (int i = 0; i < candidateCount; i++) {
			int c = candidates == null ? i : candidates[i];
			int node = cellNode[c];
			if (node < 0) {
				continue;
			}
			int t = AccessibilityEngine.total(search.time(node), cellConnectorTime[c]);
			int time = Accessibility.UNREACHABLE;
			int meters = Accessibility.UNREACHABLE;
			int nearest = Accessibility.UNREACHABLE;
			if (t != NearestTwoSearch.INFINITE) {
				time = t;
				meters = AccessibilityEngine.saturated(search.meters(node), cellConnectorMeters[c]);
				nearest = search.source(node);
			}
			if (time == baseTime[c] && meters == baseMeters[c] && nearest == baseNearest[c]) {
				continue;
			}
			changes.add(c, time, meters, nearest);
			total.add(cells, c, baseTime[c], time);
			if (cellGroup != null && cellGroup[c] >= 0) {
				groups[cellGroup[c]].add(cells, c, baseTime[c], time);
			}
		}
		result.set(type, changes.column(Rows.CELL), changes.column(Rows.TIME), changes.column(Rows.METERS),
				changes.column(Rows.NEAREST), total, groups,
				search.ranFull(), touched);
		search.clear();
	}

	/** The cells standing on nodes the bounded work touched, ascending: the only ones that may change. */
	private int[] cellsOfTouchedNodes(ScenarioSearch search) {
		int[] found = new int[64];
		int count = 0;
		for (int i = 0; i < search.touchedNodes(); i++) {
			int node = search.touchedNode(i);
			for (int k = firstCellAt[node]; k >= 0 && k < cellsByNode.length && cellNode[cellsByNode[k]] == node; k++) {
				if (count == found.length) {
					found = Arrays.copyOf(found, count * 2);
				}
				found[count++] = cellsByNode[k];
			}
		}
		int[] cellsFound = Arrays.copyOf(found, count);
		Arrays.sort(cellsFound);
		return cellsFound;
	}

	/** The cells on the network, ordered by node (counting sort). */
	private static int[] cellsSortedByNode(int[] cellNode) {
		int maxNode = -1;
		for (int node : cellNode) {
			maxNode = Math.max(maxNode, node);
		}
		int[] start = new int[maxNode + 2];
		for (int node : cellNode) {
			if (node >= 0) {
				start[node + 1]++;
			}
		}
		for (int v = 0; v <= maxNode; v++) {
			start[v + 1] += start[v];
		}
		int[] sorted = new int[start[maxNode + 1]];
		for (int c = 0; c < cellNode.length; c++) {
			if (cellNode[c] >= 0) {
				sorted[start[cellNode[c]]++] = c;
			}
		}
		return sorted;
	}

	private ScenarioTotals[] newTotals(int groupCount) {
		ScenarioTotals[] groups = new ScenarioTotals[groupCount];
		for (int g = 0; g < groupCount; g++) {
			groups[g] = new ScenarioTotals(thresholds, cells.ageGroups().size());
		}
		return groups;
	}

	private int groupCount(int[] cellGroup) {
		if (cellGroup == null) {
			return 0;
		}
		if (cellGroup.length != cells.count()) {
			throw new IllegalArgumentException("one group per cell is needed");
		}
		int max = -1;
		for (int g : cellGroup) {
			max = Math.max(max, g);
		}
		return max + 1;
	}

	/** The type's base labels, made and checked against the base analysis on first use. */
	private int[] labels(int type, ScenarioSearch workspace) {
		synchronized (baseLabels) {
			if (baseLabels[type] != null) {
				return baseLabels[type];
			}
		}
		Rows sources = new Rows();
		for (int p : points.ofType(type)) {
			if (pointNode[p] >= 0) {
				sources.add(pointNode[p], pointConnectorTime[p], pointConnectorMeters[p], p);
			}
		}
		int[] labels = new int[graph.nodeCount * 3];
		NearestTwoSearch search = workspace.fullSearch();
		search.run(sources.column(Rows.NODE), sources.column(Rows.TIME), sources.column(Rows.METERS),
				sources.column(Rows.ID));
		for (int v = 0; v < graph.nodeCount; v++) {
			labels[v * 3] = search.time(v, 0);
			labels[v * 3 + 1] = search.meters(v, 0);
			labels[v * 3 + 2] = search.source(v, 0);
		}
		checkAgainstBase(type, labels);
		synchronized (baseLabels) {
			if (baseLabels[type] == null) {
				baseLabels[type] = labels;
			}
			return baseLabels[type];
		}
	}

	private void checkAgainstBase(int type, int[] labels) {
		for (int c = 0; c < cellNode.length; c++) {
			int node = cellNode[c];
			int t = node < 0 ? NearestTwoSearch.INFINITE : AccessibilityEngine.total(labels[node * 3], cellConnectorTime[c]);
			int expected = t == NearestTwoSearch.INFINITE ? Accessibility.UNREACHABLE : t;
			boolean reached = t != NearestTwoSearch.INFINITE;
			int source = reached ? labels[node * 3 + 2] : Accessibility.UNREACHABLE;
			int meters = reached ? AccessibilityEngine.saturated(labels[node * 3 + 1], cellConnectorMeters[c])
					: Accessibility.UNREACHABLE;
			if (base.time(type, c) != expected || base.nearest(type, c) != source || base.meters(type, c) != meters) {
				throw new IllegalStateException("the base analysis does not match its inputs (type " + type + ", cell "
						+ c + ")");
			}
		}
	}

	private OutgoingEdges outgoing() {
		synchronized (baseLabels) {
			if (outgoing == null) {
				outgoing = new OutgoingEdges(graph);
			}
			return outgoing;
		}
	}

	/**
	 * Rows of four ints, growable: a search's sources (node, start time, start metres, id) or changed
	 * cells (cell, time, metres, nearest point).
	 */
	private static final class Rows {
		static final int NODE = 0, CELL = 0, TIME = 1, METERS = 2, ID = 3, NEAREST = 3;
		private int[] values = new int[64];
		private int count;

		void add(int first, int time, int meters, int last) {
			if ((count + 1) * 4 > values.length) {
				values = Arrays.copyOf(values, values.length * 2);
			}
			values[count * 4] = first;
			values[count * 4 + 1] = time;
			values[count * 4 + 2] = meters;
			values[count * 4 + 3] = last;
			count++;
		}

		Rows followedBy(Rows other) {
			Rows all = new Rows();
			for (Rows rows : new Rows[] { this, other }) {
				for (int i = 0; i < rows.count; i++) {
					all.add(rows.values[i * 4], rows.values[i * 4 + 1], rows.values[i * 4 + 2], rows.values[i * 4 + 3]);
				}
			}
			return all;
		}

		int[] column(int field) {
			int[] column = new int[count];
			for (int i = 0; i < count; i++) {
				column[i] = values[i * 4 + field];
			}
			return column;
		}
	}
}
