package se.regionrum.indicators.flow;

import java.util.List;

import se.regionrum.indicators.Gender;

/**
 * What the flow map page, its exports and the API show for one selection.
 *
 * @param selection the selection, its year resolved (null only when there are no flows at all)
 * @param years the years that have flows
 * @param flows the flows shown, largest first
 * @param totals in, out, net and gross per area, over the flows at or above the threshold (every direction)
 * @param areas the areas that flows start or end in, with a point each, and the home county's municipalities
 * @param homeCounty the installation's county ("20"), or empty
 */
public record FlowReport(FlowSelection selection, List<Integer> years, List<Row> flows, List<Totals> totals,
		List<Place> areas, String homeCounty) {

	/** One flow with its ends' names and points. */
	public record Row(String homeCode, String homeName, String workCode, String workName, int year, Gender gender,
			int persons, boolean example, boolean crossesBorder, double homeLatitude, double homeLongitude,
			double workLatitude, double workLongitude) {
	}

	/** Commuting of one area over the flows shown. */
	public record Totals(String code, String name, boolean inside, int in, int out) {

		public int net() {
			return in - out;
		}

		public int gross() {
			return in + out;
		}

	}

	/** An area on the map; {@code inside}: a municipality of the home county (or its region). */
	public record Place(String code, String name, String kind, boolean inside, double latitude, double longitude) {
	}

	public boolean example() {
		return flows.stream().anyMatch(Row::example);
	}

	public int total() {
		return flows.stream().mapToInt(Row::persons).sum();
	}

	public List<Row> largest(int count) {
		return flows.subList(0, Math.min(count, flows.size()));
	}

	public boolean empty() {
		return flows.isEmpty();
	}

}
