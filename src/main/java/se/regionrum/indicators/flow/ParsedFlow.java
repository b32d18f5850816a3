package se.regionrum.indicators.flow;

import se.regionrum.indicators.Gender;

/** One flow read from an imported file, checked, not yet saved. */
record ParsedFlow(String home, String work, int year, Gender gender, int persons) {

	String key() {
		return year + "/" + gender + "/" + home + "/" + work;
	}

}
