package se.regionrum.followup.programme;

/**
 * A result that the final report computes when it is made, from the other modules' data.
 * {@link #PLAN_COVERAGE} needs a plan type code (e.g. SERVICEPLAN); {@link #INDICATOR} cites an indicator
 * and shows its regional values in the first and latest year of the programme's period.
 */
public enum MeasureKind {
	PLAN_COVERAGE, MEETINGS_AND_PARTICIPANTS, INITIATIVES_STARTED, OBSTACLES_REMOVED, FUNDING_GRANTED, INDICATOR
}
