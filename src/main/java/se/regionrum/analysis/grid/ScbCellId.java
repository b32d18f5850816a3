package se.regionrum.analysis.grid;

import se.regionrum.analysis.input.Problems;

/**
 * SCB's grid cell id: 13 digits, the easting (6 digits) then the northing (7 digits) of the cell's
 * lower-left corner in SWEREF 99 TM metres, for example {@code 4870006575000}.
 */
final class ScbCellId {

	private ScbCellId() {
	}

	/** The corner {@code {x, y}}, or NaNs after recording a problem. */
	static double[] corner(String id, int row, String column, Problems problems) {
		if (id.length() == 13 && id.chars().allMatch(Character::isDigit)) {
			double x = Long.parseLong(id.substring(0, 6));
			double y = Long.parseLong(id.substring(6));
			// Sweden lies within these in SWEREF 99 TM; a swapped or shortened id falls outside
			if (x >= 200_000 && x <= 1_000_000 && y >= 6_100_000 && y <= 7_700_000) {
				return new double[] { x, y };
			}
		}
		problems.add(row, column, "analysis.import.grid.badCellId", id);
		return new double[] { Double.NaN, Double.NaN };
	}
}
