package se.regionrum.analysis.engine;

/**
 * The strongly connected components of a reversed CSR graph worth keeping (Kosaraju, iterative so
 * that a national network does not overflow the call stack): the largest one, and every other of
 * at least a given size, such as an island with a ferry-free road network of its own (Gotland).
 * What is left out are the fragments a clipped extract or a closed area leaves behind, and one-way
 * dead ends, where a place could reach nothing or be reached from nowhere.
 */
final class LargestComponent {

	private LargestComponent() {
	}

	static boolean[] of(int n, int[][] reversedCsr, int minNodes) {
		int[] firstIn = reversedCsr[0];
		int[] inEdges = reversedCsr[1];
		int stride = RoadGraph.EDGE_INTS;
		int m = inEdges.length / stride;
		// forward adjacency, needed for the first pass
		int[] firstOut = new int[n + 1];
		for (int e = 0; e < m; e++) {
			firstOut[inEdges[e * stride] + 1]++;
		}
		for (int v = 0; v < n; v++) {
			firstOut[v + 1] += firstOut[v];
		}
		int[] outTarget = new int[m];
		int[] fill = java.util.Arrays.copyOf(firstOut, n);
		for (int to = 0; to < n; to++) {
			for (int e = firstIn[to]; e < firstIn[to + 1]; e++) {
				outTarget[fill[inEdges[e * stride]]++] = to;
			}
		}

		// pass 1: finishing order of a depth-first search over outgoing edges
		int[] order = new int[n];
		int finished = 0;
		boolean[] visited = new boolean[n];
		int[] stackNode = new int[n];
		int[] stackEdge = new int[n];
		for (int root = 0; root < n; root++) {
			if (visited[root]) {
				continue;
			}
			int top = 0;
			stackNode[0] = root;
			stackEdge[0] = firstOut[root];
			visited[root] = true;
			while (top >= 0) {
				int v = stackNode[top];
				if (stackEdge[top] < firstOut[v + 1]) {
					int w = outTarget[stackEdge[top]++];
					if (!visited[w]) {
						visited[w] = true;
						top++;
						stackNode[top] = w;
						stackEdge[top] = firstOut[w];
					}
				} else {
					order[finished++] = v;
					top--;
				}
			}
		}

		// pass 2: components over incoming edges, in reverse finishing order
		int[] component = new int[n];
		java.util.Arrays.fill(component, -1);
		int[] sizes = new int[n];
		int best = -1;
		int bestSize = 0;
		int components = 0;
		int[] stack = stackNode;
		for (int i = n - 1; i >= 0; i--) {
			int root = order[i];
			if (component[root] >= 0) {
				continue;
			}
			int id = components++;
			int size = 0;
			int top = 0;
			stack[0] = root;
			component[root] = id;
			while (top >= 0) {
				int v = stack[top--];
				size++;
				for (int e = firstIn[v]; e < firstIn[v + 1]; e++) {
					int u = inEdges[e * stride];
					if (component[u] < 0) {
						component[u] = id;
						stack[++top] = u;
					}
				}
			}
			sizes[id] = size;
			if (size > bestSize) {
				bestSize = size;
				best = id;
			}
		}
		boolean[] kept = new boolean[n];
		for (int v = 0; v < n; v++) {
			kept[v] = component[v] == best || sizes[component[v]] >= minNodes;
		}
		return kept;
	}
}
