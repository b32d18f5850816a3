package se.regionrum.analysis.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a full accessibility analysis on one road graph: attaches cells and points to the network,
 * runs one {@link NearestTwoSearch} per service type (types in parallel) and derives every cell's
 * times and every point's {@link ClosureImpact}. Search workspaces are kept between analyses, so a
 * loaded graph answers repeated runs without allocating its large arrays again.
 */
public final class AccessibilityEngine {

	/** Told as each service type is done. */
	@FunctionalInterface
	public interface ProgressListener {
		void typeDone(int done, int total);

		ProgressListener NONE = (done, total) -> {
		};
	}

	private final RoadGraph graph;
	private final NodeLocator locator;
	private final ConcurrentLinkedQueue<NearestTwoSearch> idleSearches = new ConcurrentLinkedQueue<>();

	public AccessibilityEngine(RoadGraph graph) {
		this.graph = graph;
		this.locator = new NodeLocator(graph, 1000);
	}

	public RoadGraph graph() {
		return graph;
	}

	public NodeLocator locator() {
		return locator;
	}

	public Accessibility analyse(Cells cells, ServicePoints points, EngineSettings settings) {
		return analyse(cells, points, settings, ProgressListener.NONE);
	}

	public Accessibility analyse(Cells cells, ServicePoints points, EngineSettings settings,
			ProgressListener progress) {
		long start = System.nanoTime();
		int cellCount = cells.count();
		int[] cellNode = new int[cellCount];
		int[] cellConnectorTime = new int[cellCount];
		int[] cellConnectorMeters = new int[cellCount];
		attach(graph, locator, cells.x(), cells.y(), settings.cellSnapMeters(), settings, cellNode,
				cellConnectorTime, cellConnectorMeters);
		int pointCount = points.count();
		int[] pointNode = new int[pointCount];
		int[] pointConnectorTime = new int[pointCount];
		int[] pointConnectorMeters = new int[pointCount];
		attach(graph, locator, points.x(), points.y(), settings.pointSnapMeters(), settings, pointNode,
				pointConnectorTime, pointConnectorMeters);

		ClosureImpact impact = new ClosureImpact(pointCount, settings.thresholdMinutes(), cells.ageGroups().size());
		Accessibility result = new Accessibility(points.typeCount(), cellCount, cellNode, pointNode, impact);
		int types = points.typeCount();
		AtomicInteger done = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.threads(), Math.max(1, types)));
		try {
			List<Future<long[]>> work = new ArrayList<>();
			for (int t = 0; t < types; t++) {
				int type = t;
				work.add(pool.submit(() -> {
					long[] counts = analyseType(type, cells, points, result, cellConnectorTime,
							cellConnectorMeters, pointConnectorTime, pointConnectorMeters);
					progress.typeDone(done.incrementAndGet(), types);
					return counts;
				}));
			}
			for (Future<long[]> f : work) {
				long[] counts = f.get();
				result.settledLabels += counts[0];
				result.relaxedEdges += counts[1];
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("analysis interrupted", e);
		} catch (ExecutionException e) {
			throw new IllegalStateException("analysis failed: " + e.getCause().getMessage(), e.getCause());
		} finally {
			pool.shutdown();
		}
		result.elapsedNanos = System.nanoTime() - start;
		return result;
	}

	private long[] analyseType(int type, Cells cells, ServicePoints points, Accessibility result,
			int[] cellConnectorTime, int[] cellConnectorMeters, int[] pointConnectorTime, int[] pointConnectorMeters) {
		int[] ofType = points.ofType(type);
		int n = 0;
		for (int p : ofType) {
			if (result.pointNode[p] >= 0) {
				n++;
			}
		}
		int[] sourceNode = new int[n];
		int[] sourceTime = new int[n];
		int[] sourceMeters = new int[n];
		int[] sourceId = new int[n];
		n = 0;
		for (int p : ofType) {
			if (result.pointNode[p] >= 0) {
				sourceNode[n] = result.pointNode[p];
				sourceTime[n] = pointConnectorTime[p];
				sourceMeters[n] = pointConnectorMeters[p];
				sourceId[n] = p;
				n++;
			}
		}
		NearestTwoSearch search = idleSearches.poll();
		if (search == null) {
			search = new NearestTwoSearch(graph);
		}
		try {
			long settledBefore = search.settledLabels();
			long relaxedBefore = search.relaxedEdges();
			search.run(sourceNode, sourceTime, sourceMeters, sourceId);
			int[] time = result.time[type];
			int[] meters = result.meters[type];
			int[] nearest = result.nearest[type];
			int[] secondTime = result.secondTime[type];
			int[] second = result.second[type];
			for (int c = 0; c < time.length; c++) {
				int node = result.cellNode[c];
				int t0 = node < 0 ? NearestTwoSearch.INFINITE : total(search.time(node, 0), cellConnectorTime[c]);
				if (t0 == NearestTwoSearch.INFINITE) {
					time[c] = meters[c] = nearest[c] = secondTime[c] = second[c] = Accessibility.UNREACHABLE;
					continue;
				}
				time[c] = t0;
				meters[c] = saturated(search.meters(node, 0), cellConnectorMeters[c]);
				nearest[c] = search.source(node, 0);
				int t1 = total(search.time(node, 1), cellConnectorTime[c]);
				if (t1 == NearestTwoSearch.INFINITE) {
					secondTime[c] = second[c] = Accessibility.UNREACHABLE;
				} else {
					secondTime[c] = t1;
					second[c] = search.source(node, 1);
				}
				result.impact.add(c, cells, nearest[c], time[c], second[c], secondTime[c]);
			}
			return new long[] { search.settledLabels() - settledBefore, search.relaxedEdges() - relaxedBefore };
		} finally {
			idleSearches.add(search);
		}
	}

	/** A time to a node plus the place's connector, {@link NearestTwoSearch#INFINITE} if either is or the sum passes it. */
	static int total(int nodeTime, int connector) {
		long sum = (long) nodeTime + connector;
		return nodeTime == NearestTwoSearch.INFINITE || sum >= NearestTwoSearch.INFINITE ? NearestTwoSearch.INFINITE
				: (int) sum;
	}

	/** Metres to a node plus the connector, stopping at the int range's end as the search does. */
	static int saturated(int nodeMeters, int connector) {
		return (int) Math.min(Integer.MAX_VALUE, (long) nodeMeters + connector);
	}

	/** Each place's nearest routable node within reach (-1 if none) and the straight stretch to it. */
	static void attach(RoadGraph graph, NodeLocator locator, double[] x, double[] y, double maxMeters,
			EngineSettings settings, int[] node, int[] connectorTime, int[] connectorMeters) {
		for (int i = 0; i < x.length; i++) {
			int v = locator.nearest(x[i], y[i], maxMeters);
			node[i] = v;
			if (v >= 0) {
				double d = Math.hypot(graph.x[v] - x[i], graph.y[v] - y[i]);
				connectorMeters[i] = (int) Math.round(d);
				connectorTime[i] = settings.connectorTime(d);
			}
		}
	}
}
