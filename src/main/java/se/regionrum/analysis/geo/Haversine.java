package se.regionrum.analysis.geo;

/** Great-circle distance on a sphere of the mean Earth radius, good to about 0.5 % for road lengths. */
public final class Haversine {

	private static final double EARTH_RADIUS_METERS = 6_371_008.8;

	private Haversine() {
	}

	public static double meters(double lon1, double lat1, double lon2, double lat2) {
		double phi1 = Math.toRadians(lat1);
		double phi2 = Math.toRadians(lat2);
		double dPhi = phi2 - phi1;
		double dLambda = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
		return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
	}
}
