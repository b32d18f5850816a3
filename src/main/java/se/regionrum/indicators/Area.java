package se.regionrum.indicators;

/**
 * An area that figures belong to.
 *
 * @param code a municipality's 4-digit SCB code ("2080"), a region as Kolada writes it ("0020"),
 *        "0000" for the country, or a short code for an area abroad ("NO")
 * @param countyCode the 2-digit county (län) code of a municipality or region, else {@code null}
 * @param latitude a point inside the area (WGS84), to place labels and flow ends
 */
public record Area(String code, String name, AreaKind kind, String countyCode, double latitude, double longitude) {

	public static final String COUNTRY = "0000";

	/** Kolada's code of a region from its 2-digit county code: "20" gives "0020". */
	public static String regionCode(String countyCode) {
		return "00" + countyCode;
	}

	public boolean municipality() {
		return kind == AreaKind.MUNICIPALITY;
	}

}
