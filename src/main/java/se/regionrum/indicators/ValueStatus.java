package se.regionrum.indicators;

/** Whether a value is final; stored as {@code null} for {@link #FINAL}. */
public enum ValueStatus {

	FINAL,
	/** No value published for the area and year (the value is {@code null}). */
	MISSING,
	/** A preliminary figure (Kolada status "Prel", SCB "preliminär") that may still change. */
	PROVISIONAL;

	public String messageKey() {
		return "indicators.status." + name();
	}

}
