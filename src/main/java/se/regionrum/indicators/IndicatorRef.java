package se.regionrum.indicators;

/**
 * An indicator as other modules see it.
 *
 * @param code the indicator's own short id, unique in the installation (often its source id)
 * @param sourceId the Kolada KPI id (N00914) or the SCB table (TAB638); {@code null} for own figures
 * @param sourceContents the SCB contents code (ContentsCode) within the table, else {@code null}
 * @param higherIsBetter whether a rising value is good news (trend arrows and distance to target read it)
 */
public record IndicatorRef(long id, String code, String name, String unit, String description,
		IndicatorSource source, String sourceId, String sourceContents, boolean higherIsBetter) {
}
