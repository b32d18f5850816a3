package se.regionrum.followup.programme;

/** A measured result the report computes; {@code planTypeCode} only for {@link MeasureKind#PLAN_COVERAGE}. */
public record Measure(MeasureKind kind, String planTypeCode) {
}
