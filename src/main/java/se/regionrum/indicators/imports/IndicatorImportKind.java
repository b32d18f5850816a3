package se.regionrum.indicators.imports;

/** The formats an indicator import reads. */
public enum IndicatorImportKind {

	/** Kolada v3 data pages as its API returns them, with the KPI metadata optionally. */
	KOLADA,
	/** Kolada v3 data fetched from the configured API, every page into one import. */
	KOLADA_FETCH,
	/** SCB PxWebApi 2 JSON-stat2, its default format. */
	SCB_JSONSTAT,
	/** SCB PxWebApi 2 CSV with codes and texts. */
	SCB_CSV,
	/** The region's own figures in the CSV template, into one chosen indicator. */
	OWN_CSV;

	public String messageKey() {
		return "indicatorimports.kind." + name();
	}

}
