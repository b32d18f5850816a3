package se.regionrum.followup.report;

/**
 * What a final report covers: the years (default: the programme's whole period), and whether it
 * lists the activities and shows the budget table.
 */
public record ReportOptions(Integer fromYear, Integer toYear, Boolean activities, Boolean budget) {

	public static ReportOptions all() {
		return new ReportOptions(null, null, true, true);
	}

	public boolean includeActivities() {
		return activities == null || activities;
	}

	public boolean includeBudget() {
		return budget == null || budget;
	}

}
