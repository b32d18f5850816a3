package se.regionrum.indicators.flow;

import java.util.Locale;

/** The views of the flow map. */
public enum FlowView {

	/** Every flow as a line (the gross flows between pairs). */
	ALL,
	/** The flows into a chosen area (in-commuting). */
	IN,
	/** The flows out of a chosen area (out-commuting). */
	OUT,
	/** Per area, in-commuting minus out-commuting, as a proportional symbol. */
	NET,
	/** Per area, in- plus out-commuting, as a proportional symbol. */
	GROSS;

	static FlowView of(String text) {
		if (text == null || text.isBlank()) {
			return ALL;
		}
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return ALL;
		}
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "flows.view." + code();
	}

}
