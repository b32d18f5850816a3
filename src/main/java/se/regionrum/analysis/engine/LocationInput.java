package se.regionrum.analysis.engine;

/**
 * One service type's situation, attached to the network once for location analysis: each cell's
 * node and connector time, the cells of each node (CSR: {@code firstCellAt[v] .. firstCellAt[v+1]}
 * index {@code cellsAt}), and the type's existing points that lie close enough to a road. Cells and
 * points attach exactly as in {@link AccessibilityEngine}, so every time here is the engine's.
 */
public final class LocationInput {

	final RoadGraph graph;
	final NodeLocator locator;
	final EngineSettings settings;
	final Cells cells;
	final int[] cellNode;
	final int[] cellConnectorTime;
	final int[] firstCellAt;
	final int[] cellsAt;
	/** The type's points on the network: their ids in the {@link ServicePoints}, nodes and connectors. */
	final int[] pointId;
	final int[] pointNode;
	final int[] pointConnectorTime;
	final int[] pointConnectorMeters;
	final int[] thresholdTime;
	private GainGraph baseGainGraph;
	private GainGraph extraGainGraph;
	private int[] extraSiteNodes;

	private LocationInput(AccessibilityEngine engine, Cells cells, ServicePoints points, int type,
			EngineSettings settings) {
		this.graph = engine.graph();
		this.locator = engine.locator();
		this.settings = settings;
		this.cells = cells;
		int n = cells.count();
		cellNode = new int[n];
		cellConnectorTime = new int[n];
		AccessibilityEngine.attach(graph, locator, cells.x(), cells.y(), settings.cellSnapMeters(), settings, cellNode,
				cellConnectorTime, new int[n]);
		firstCellAt = new int[graph.nodeCount + 1];
		for (int node : cellNode) {
			if (node >= 0) {
				firstCellAt[node + 1]++;
			}
		}
		for (int v = 0; v < graph.nodeCount; v++) {
			firstCellAt[v + 1] += firstCellAt[v];
		}
		int[] fill = java.util.Arrays.copyOf(firstCellAt, graph.nodeCount);
		cellsAt = new int[firstCellAt[graph.nodeCount]];
		for (int c = 0; c < n; c++) {
			if (cellNode[c] >= 0) {
				cellsAt[fill[cellNode[c]]++] = c;
			}
		}
		int[] ofType = points.ofType(type);
		int[] node = new int[ofType.length];
		int[] time = new int[ofType.length];
		int[] meters = new int[ofType.length];
		double[] x = new double[ofType.length];
		double[] y = new double[ofType.length];
		for (int i = 0; i < ofType.length; i++) {
			x[i] = points.x()[ofType[i]];
			y[i] = points.y()[ofType[i]];
		}
		AccessibilityEngine.attach(graph, locator, x, y, settings.pointSnapMeters(), settings, node, time, meters);
		int on = 0;
		for (int v : node) {
			on += v >= 0 ? 1 : 0;
		}
		pointId = new int[on];
		pointNode = new int[on];
		pointConnectorTime = new int[on];
		pointConnectorMeters = new int[on];
		on = 0;
		for (int i = 0; i < ofType.length; i++) {
			if (node[i] >= 0) {
				pointId[on] = ofType[i];
				pointNode[on] = node[i];
				pointConnectorTime[on] = time[i];
				pointConnectorMeters[on] = meters[i];
				on++;
			}
		}
		int[] minutes = settings.thresholdMinutes();
		thresholdTime = new int[minutes.length];
		for (int k = 0; k < minutes.length; k++) {
			thresholdTime[k] = EngineTime.fromMinutes(minutes[k]);
		}
	}

	/** The cells and the existing points of {@code type}, attached with the engine's rules and settings. */
	public static LocationInput of(AccessibilityEngine engine, Cells cells, ServicePoints points, int type,
			EngineSettings settings) {
		return new LocationInput(engine, cells, points, type, settings);
	}

	public Cells cells() {
		return cells;
	}

	public RoadGraph graph() {
		return graph;
	}

	public EngineSettings settings() {
		return settings;
	}

	/** Ids (in the {@link ServicePoints} given) of the type's points on the network, ascending. */
	public int[] existingPoints() {
		return pointId.clone();
	}

	public int[] thresholdMinutes() {
		return settings.thresholdMinutes().clone();
	}

	/** The node a cell is attached to, -1 for a cell without a road within reach. */
	public int cellNode(int cell) {
		return cellNode[cell];
	}

	/**
	 * Every node's time to the nearest and second-nearest of the given sources, and the nearest's id:
	 * {@code [0]} times, {@code [1]} second times, {@code [2]} ids ({@link NearestTwoSearch#INFINITE}
	 * and -1 where none).
	 */
	int[][] nearestTwo(NearestTwoSearch search, int[] node, int[] time, int[] meters, int[] id) {
		search.run(node, time, meters, id);
		int n = graph.nodeCount;
		int[] first = new int[n];
		int[] second = new int[n];
		int[] nearest = new int[n];
		for (int v = 0; v < n; v++) {
			first[v] = search.time(v, 0);
			second[v] = search.time(v, 1);
			nearest[v] = first[v] == NearestTwoSearch.INFINITE ? -1 : search.source(v, 0);
		}
		return new int[][] { first, second, nearest };
	}

	/**
	 * Node times to the nearest of the type's points on the network but the closed ones (ids in the
	 * {@link ServicePoints}): today's when none is closed. One search, as the engine's for the type.
	 */
	public int[] nodeTimesWithout(int[] closedPointIds) {
		int[] open = new int[pointId.length];
		int n = 0;
		for (int i = 0; i < pointId.length; i++) {
			int id = pointId[i];
			if (java.util.Arrays.stream(closedPointIds).noneMatch(c -> c == id)) {
				open[n++] = i;
			}
		}
		int[] node = new int[n];
		int[] time = new int[n];
		int[] meters = new int[n];
		for (int i = 0; i < n; i++) {
			node[i] = pointNode[open[i]];
			time[i] = pointConnectorTime[open[i]];
			meters[i] = pointConnectorMeters[open[i]];
		}
		return nearestTwo(new NearestTwoSearch(graph), node, time, meters, java.util.Arrays.copyOf(open, n))[0];
	}

	/**
	 * Every cell's time with these node times, as the engine's analysis gives it ({@link EngineTime}
	 * units), {@link NearestTwoSearch#INFINITE} where the cell has no road or its node no time.
	 */
	public int[] cellTimes(int[] nodeTime) {
		int[] times = new int[cells.count()];
		for (int c = 0; c < times.length; c++) {
			times[c] = cellNode[c] < 0 ? NearestTwoSearch.INFINITE : cellTime(c, nodeTime[cellNode[c]]);
		}
		return times;
	}

	/** Receives a site's cell times; the array is reused for the next site. */
	@FunctionalInterface
	public interface SiteCellTimes {

		void accept(int index, int[] cellTime);

	}

	/**
	 * For each of the given sites alone, every cell's time from it where that is lower than with
	 * {@code nodeTime}, {@link NearestTwoSearch#INFINITE} elsewhere: what a whole-network search from
	 * the site gives on the cells it serves faster, but by a {@link GainSearch} that goes only there.
	 */
	public void fasterCellTimes(CandidateSites sites, int[] siteIndices, int[] nodeTime, SiteCellTimes receiver) {
		int[] startNodes = java.util.Arrays.stream(siteIndices).map(site -> sites.node()[site]).toArray();
		GainSearch search = new GainSearch(gainGraph(startNodes));
		search.bind(nodeTime);
		int[] times = new int[cells.count()];
		for (int i = 0; i < siteIndices.length; i++) {
			java.util.Arrays.fill(times, NearestTwoSearch.INFINITE);
			int site = siteIndices[i];
			search.run(sites.node()[site], sites.connectorTime()[site], NearestTwoSearch.INFINITE);
			for (int r = 0; r < search.reachedCount(); r++) {
				int v = search.reachedNode(r);
				for (int j = firstCellAt[v]; j < firstCellAt[v + 1]; j++) {
					int cell = cellsAt[j];
					times[cell] = cellTime(cell, search.reachedTime(r));
				}
			}
			receiver.accept(i, times);
		}
	}

	/** Node times to the nearest existing point of the type. */
	int[] existingNodeTimes() {
		int[] ids = new int[pointNode.length];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = i;
		}
		return nearestTwo(new NearestTwoSearch(graph), pointNode, pointConnectorTime, pointConnectorMeters, ids)[0];
	}

	/**
	 * The reduced graph for gain searches from sites on {@code siteNodes} (-1 entries ignored): the
	 * one every cell's and existing point's node stays in, made once, or one for these sites as well
	 * when some lie elsewhere (the last such is kept for the next call).
	 */
	synchronized GainGraph gainGraph(int[] siteNodes) {
		if (baseGainGraph == null) {
			boolean[] stays = new boolean[graph.nodeCount];
			for (int v : cellNode) {
				if (v >= 0) {
					stays[v] = true;
				}
			}
			for (int v : pointNode) {
				stays[v] = true;
			}
			baseGainGraph = GainGraph.of(graph, stays);
		}
		int[] elsewhere = java.util.Arrays.stream(siteNodes)
			.filter(v -> v >= 0 && baseGainGraph.nodeOf(v) < 0)
			.sorted()
			.distinct()
			.toArray();
		if (elsewhere.length == 0) {
			return baseGainGraph;
		}
		if (!java.util.Arrays.equals(elsewhere, extraSiteNodes)) {
			boolean[] stays = new boolean[graph.nodeCount];
			for (int v : baseGainGraph.graphNode) {
				stays[v] = true;
			}
			for (int v : elsewhere) {
				stays[v] = true;
			}
			extraGainGraph = GainGraph.of(graph, stays);
			extraSiteNodes = elsewhere;
		}
		return extraGainGraph;
	}

	/** A cell's time when its node's time is {@code nodeTime}. */
	int cellTime(int cell, int nodeTime) {
		return AccessibilityEngine.total(nodeTime, cellConnectorTime[cell]);
	}
}
