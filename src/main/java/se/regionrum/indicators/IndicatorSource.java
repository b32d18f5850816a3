package se.regionrum.indicators;

/** Where an indicator's values come from. */
public enum IndicatorSource {

	/** Kolada (RKA); the source id is a KPI id such as N00914. */
	KOLADA,
	/** SCB's statistical database (PxWeb); the source id is a table such as TAB638, plus a contents code. */
	SCB,
	/** The region's own figures, imported from the CSV template. */
	OWN;

	public String messageKey() {
		return "indicators.source." + name();
	}

}
