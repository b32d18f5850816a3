package se.regionrum.followup.dashboard;

/** What the engagement table can be sorted by and the map coloured by. */
public enum EngagementMeasure {
	/** How many of the seven measures below are above zero (0–7). */
	SCORE, MEETINGS_HELD, PARTICIPANTS, REGISTRATIONS, INITIATIVES, PRACTICE_CASES, CURRENT_PLANS, CONSULTATION_RESPONSES;

	public String messageKey() {
		return "dashboard.engagement.measure." + name();
	}

	/** The measure of a request parameter, {@link #SCORE} when it names none. */
	public static EngagementMeasure of(String text) {
		if (text != null) {
			for (EngagementMeasure m : values()) {
				if (m.name().equalsIgnoreCase(text.trim())) {
					return m;
				}
			}
		}
		return SCORE;
	}

}
