package se.regionrum.analysis.network;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Joins link ends that lie within the snap distance of each other into one junction: ends are
 * put in square buckets of that size, each is compared with the ends in its own and the eight
 * neighbouring buckets, and close pairs are merged (union-find), so chains of close ends join too.
 */
final class EndpointSnapper {

	private EndpointSnapper() {
	}

	/** The junction number of each end, 0 .. junctions-1, numbered in order of first end. */
	static int[] junctions(double[] x, double[] y, double snapMeters) {
		int n = x.length;
		double cell = Math.max(snapMeters, 1e-6);
		int[] parent = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
		}
		Map<Long, int[]> buckets = new HashMap<>();
		for (int i = 0; i < n; i++) {
			long cx = (long) Math.floor(x[i] / cell);
			long cy = (long) Math.floor(y[i] / cell);
			for (long dx = -1; dx <= 1; dx++) {
				for (long dy = -1; dy <= 1; dy++) {
					int[] bucket = buckets.get(key(cx + dx, cy + dy));
					if (bucket == null) {
						continue;
					}
					for (int k = 1; k <= bucket[0]; k++) {
						int j = bucket[k];
						if (Math.hypot(x[i] - x[j], y[i] - y[j]) <= snapMeters) {
							parent[find(parent, i)] = find(parent, j);
						}
					}
				}
			}
			buckets.merge(key(cx, cy), new int[] { 1, i }, EndpointSnapper::append);
		}
		int[] junction = new int[n];
		Arrays.fill(junction, -1);
		int[] numberOfRoot = new int[n];
		Arrays.fill(numberOfRoot, -1);
		int next = 0;
		for (int i = 0; i < n; i++) {
			int root = find(parent, i);
			if (numberOfRoot[root] < 0) {
				numberOfRoot[root] = next++;
			}
			junction[i] = numberOfRoot[root];
		}
		return junction;
	}

	private static int[] append(int[] bucket, int[] one) {
		int size = bucket[0] + 1;
		int[] grown = size < bucket.length ? bucket : Arrays.copyOf(bucket, bucket.length * 2);
		grown[size] = one[1];
		grown[0] = size;
		return grown;
	}

	private static long key(long cx, long cy) {
		return (cx << 32) ^ (cy & 0xffffffffL);
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}
}
