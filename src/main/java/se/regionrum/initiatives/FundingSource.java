package se.regionrum.initiatives;

/** Where money for an initiative comes from. */
public enum FundingSource {
	/** Regionala utvecklingsmedel (1:1-anslaget). */
	REGIONAL_DEVELOPMENT_FUNDS,
	/** ERUF och andra EU-strukturfonder. */
	STRUCTURAL_FUNDS,
	/** Landsbygdsprogrammet / den strategiska planen för jordbrukspolitiken. */
	RURAL_PROGRAMME,
	MUNICIPAL,
	STATE_AGENCY,
	PRIVATE
}
