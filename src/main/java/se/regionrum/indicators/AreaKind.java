package se.regionrum.indicators;

/** What kind of area a value or a commuting flow belongs to. */
public enum AreaKind {

	COUNTRY, REGION, MUNICIPALITY,
	/** Outside Sweden (Norway, for commuting across the border). */
	ABROAD;

	public String messageKey() {
		return "indicators.area." + name();
	}

}
