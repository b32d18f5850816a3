package se.regionrum.analysis.location;

/** The cells a place serves faster than the fixed points, and its times there. */
record Column(int[] cells, int[] times) {

	static final Column NONE = new Column(new int[0], new int[0]);

	static Column fasterThan(int[] times, int[] fixed) {
		int n = 0;
		for (int c = 0; c < times.length; c++) {
			if (times[c] < fixed[c]) {
				n++;
			}
		}
		int[] cells = new int[n];
		int[] faster = new int[n];
		n = 0;
		for (int c = 0; c < times.length; c++) {
			if (times[c] < fixed[c]) {
				cells[n] = c;
				faster[n++] = times[c];
			}
		}
		return new Column(cells, faster);
	}

	void applyTo(int[] state) {
		for (int i = 0; i < cells.length; i++) {
			state[cells[i]] = Math.min(state[cells[i]], times[i]);
		}
	}

}
