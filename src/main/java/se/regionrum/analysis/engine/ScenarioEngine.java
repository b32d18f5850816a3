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
				Sources kept = new Sources();
				Sources closedSources = new Sources();
				for (int p : points.ofType(type)) {
					if (pointNode[p] >= 0) {
						(closed[p] ? closedSources : kept).add(pointNode[p], pointConnectorTime[p],
								pointConnectorMeters[p], p);
					}
				}
				Sources openedSources = new Sources();
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

	private void evaluateType(int type, ScenarioSearch search, Sources kept, Sources closedSources,
			Sources openedSources, int[] cellGroup, int groupCount, ScenarioResult result) {
		int[] labels = labels(type, search);
		search.begin(labels, (int) Math.min(Integer.MAX_VALUE, (long) (fullSearchShare * graph.nodeCount)));
		boolean bounded = search.repairClosures(outgoing(), closedSources.node(), closedSources.id(), kept.node(),
				kept.time(), kept.meters(), kept.id())
				&& search.spreadOpenings(openedSources.node(), openedSources.time(), openedSources.meters(),
						openedSources.id());
		int touched = search.touchedNodes();
		if (!bounded) {
			// the sources after the scenario in id order, as the engine gives them: ties then break alike
			Sources all = kept.followedBy(openedSources);
			search.runFull(all.node(), all.time(), all.meters(), all.id());
			touched = 0;
		}
		int[] baseTime = base.times(type);
		int[] baseMeters = base.meters(type);
		int[] baseNearest = base.nearestPoints(type);
		int[] time = baseTime.clone();
		int[] meters = baseMeters.clone();
		int[] nearest = baseNearest.clone();
		int[] changed = new int[16];
		int changedCount = 0;
		ScenarioTotals total = new ScenarioTotals(thresholds, cells.ageGroups().size());
		ScenarioTotals[] groups = newTotals(groupCount);
		for (int c = 0; c < time.length; c++) {
			int node = cellNode[c];
			if (node < 0 || !search.mayDiffer(node)) {
				continue;
			}
			int t = AccessibilityEngine.total(search.time(node), cellConnectorTime[c]);
			if (t == NearestTwoSearch.INFINITE) {
				time[c] = meters[c] = nearest[c] = Accessibility.UNREACHABLE;
			} else {
				time[c] = t;
				meters[c] = AccessibilityEngine.saturated(search.meters(node), cellConnectorMeters[c]);
				nearest[c] = search.source(node);
			}
			if (time[c] == baseTime[c] && meters[c] == baseMeters[c] && nearest[c] == baseNearest[c]) {
				continue;
			}
			if (changedCount == changed.length) {
				changed = Arrays.copyOf(changed, changedCount * 2);
			}
			changed[changedCount++] = c;
			total.add(cells, c, baseTime[c], time[c]);
			if (cellGroup != null && cellGroup[c] >= 0) {
				groups[cellGroup[c]].add(cells, c, baseTime[c], time[c]);
			}
		}
		result.set(type, time, meters, nearest, Arrays.copyOf(changed, changedCount), total, groups,
				search.ranFull(), touched);
		search.clear();
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
		Sources sources = new Sources();
		for (int p : points.ofType(type)) {
			if (pointNode[p] >= 0) {
				sources.add(pointNode[p], pointConnectorTime[p], pointConnectorMeters[p], p);
			}
		}
		int[] labels = new int[graph.nodeCount * 3];
		NearestTwoSearch search = workspace.fullSearch();
		search.run(sources.node(), sources.time(), sources.meters(), sources.id());
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

	/** Sources of one search: node, start time and metres, id; growable. */
	private static final class Sources {
		private int[] values = new int[32];
		private int count;

		void add(int node, int time, int meters, int id) {
			if ((count + 1) * 4 > values.length) {
				values = Arrays.copyOf(values, values.length * 2);
			}
			values[count * 4] = node;
			values[count * 4 + 1] = time;
			values[count * 4 + 2] = meters;
			values[count * 4 + 3] = id;
			count++;
		}

		Sources followedBy(Sources other) {
			Sources all = new Sources();
			for (Sources s : new Sources[] { this, other }) {
				for (int i = 0; i < s.count; i++) {
					all.add(s.values[i * 4], s.values[i * 4 + 1], s.values[i * 4 + 2], s.values[i * 4 + 3]);
				}
			}
			return all;
		}

		private int[] column(int field) {
			int[] column = new int[count];
			for (int i = 0; i < count; i++) {
				column[i] = values[i * 4 + field];
			}
			return column;
		}

		int[] node() {
			return column(0);
		}

		int[] time() {
			return column(1);
		}

		int[] meters() {
			return column(2);
		}

		int[] id() {
			return column(3);
		}
	}
}
