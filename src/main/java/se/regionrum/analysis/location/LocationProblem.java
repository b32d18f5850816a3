package se.regionrum.analysis.location;

import se.regionrum.analysis.engine.AccessibilityEngine;
import se.regionrum.analysis.engine.Cells;
import se.regionrum.analysis.engine.EngineSettings;
import se.regionrum.analysis.engine.ServicePoints;

/**
 * One location problem: the run's loaded network, cells and points, the service type, the candidate
 * sites and what to choose.
 *
 * @param engine the run's network, loaded
 * @param settings the run's snap distances and connector speed; its thresholds are ignored (see {@code thresholdMinutes})
 * @param cells the populated cells (centres), with age groups where the grid has them
 * @param cellMunicipality each cell's municipality (organisation id, 0 outside every boundary)
 * @param points the run's service points, every type
 * @param type the index of the analysed type in {@code points}
 * @param candidateX candidate sites, SWEREF 99 TM
 * @param candidateY candidate sites, SWEREF 99 TM
 * @param candidateMask which candidates may be chosen (gains are measured for all)
 * @param k how many new sites to choose, 0–20
 * @param objective what the sites are chosen for
 * @param coverMinutes the cover time of {@link Objective#COVER}
 * @param thresholdMinutes the limits "brought within" is counted for, ascending
 * @param closablePoints indices in {@code points} (of the type) that may close when a site opens
 *        elsewhere (relocation); every other point of the type stays open
 * @param candidateNodes the graph's nodes the candidates lie on, which places them there with no
 *        connector; null to attach them from their coordinates as points are
 */
public record LocationProblem(AccessibilityEngine engine, EngineSettings settings, Cells cells, int[] cellMunicipality,
		ServicePoints points, int type, double[] candidateX, double[] candidateY, boolean[] candidateMask, int k,
		Objective objective, int coverMinutes, int[] thresholdMinutes, int[] closablePoints, int[] candidateNodes) {

	public static final int MAX_SITES = 20;

	public LocationProblem {
		if (candidateX.length != candidateY.length || candidateX.length != candidateMask.length) {
			throw new IllegalArgumentException("candidate arrays differ in length");
		}
		if (candidateNodes != null && candidateNodes.length != candidateX.length) {
			throw new IllegalArgumentException("candidate nodes differ in length from the candidates");
		}
		if (cellMunicipality.length != cells.count()) {
			throw new IllegalArgumentException("cell municipalities differ in length from the cells");
		}
		if (k < 0 || k > MAX_SITES) {
			throw new IllegalArgumentException("k must be between 0 and " + MAX_SITES);
		}
		if (type < 0 || type >= points.typeCount()) {
			throw new IllegalArgumentException("type outside the points' types");
		}
		for (int p : closablePoints) {
			if (p < 0 || p >= points.count() || points.type()[p] != type) {
				throw new IllegalArgumentException("closable point " + p + " is not a point of the type");
			}
		}
	}

	/** Candidates attached from their coordinates. */
	public LocationProblem(AccessibilityEngine engine, EngineSettings settings, Cells cells, int[] cellMunicipality,
			ServicePoints points, int type, double[] candidateX, double[] candidateY, boolean[] candidateMask, int k,
			Objective objective, int coverMinutes, int[] thresholdMinutes, int[] closablePoints) {
		this(engine, settings, cells, cellMunicipality, points, type, candidateX, candidateY, candidateMask, k, objective,
				coverMinutes, thresholdMinutes, closablePoints, null);
	}

	public int candidateCount() {
		return candidateX.length;
	}

}
