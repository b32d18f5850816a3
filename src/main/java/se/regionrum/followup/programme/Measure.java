package se.regionrum.followup.programme;

/**
 * A measured result the report computes; {@code planTypeCode} only for {@link MeasureKind#PLAN_COVERAGE},
 * {@code indicatorId} (an indicator of the indicators module) only for {@link MeasureKind#INDICATOR}.
 */
public record Measure(MeasureKind kind, String planTypeCode, Long indicatorId) {

	public Measure(MeasureKind kind, String planTypeCode) {
		this(kind, planTypeCode, null);
	}

	/** How the audit log records it: KIND, KIND:PLANTYPE or KIND:indicator id. */
	String auditText() {
		return kind + (planTypeCode == null ? "" : ":" + planTypeCode) + (indicatorId == null ? "" : ":" + indicatorId);
	}

}
