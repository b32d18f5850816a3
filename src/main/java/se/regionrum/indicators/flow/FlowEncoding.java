package se.regionrum.indicators.flow;

/** How an uploaded CSV file is decoded: AUTO takes UTF-8 (with or without byte order mark) when it is valid, else ISO-8859-1. */
public enum FlowEncoding {

	AUTO, UTF_8, ISO_8859_1;

	public String messageKey() {
		return "flows.import.encoding." + name();
	}

}
