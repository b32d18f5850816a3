package se.regionrum.followup.mapcomposer;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The options of a layer, stored as a small JSON object; which ones a layer reads depends on its
 * kind (see docs/maps.md). Every option may be missing: the layer then shows its default.
 *
 * @param indicatorId BOUNDARIES: colour the municipalities by this indicator (none: plain boundaries)
 * @param indicatorCode BOUNDARIES: the same by the indicator's code, for demo data loaded before the indicators
 * @param year BOUNDARIES: the indicator's year (none: its latest); FLOWS: the flows' year (none: latest)
 * @param status INITIATIVES: only initiatives with this status
 * @param goalId INITIATIVES: only initiatives linked to this goal or one below it
 * @param municipalityId INITIATIVES: only initiatives in this municipality (organisation id)
 * @param runId SERVICE_POINTS, ACCESSIBILITY: the finished analysis run (none: the latest finished)
 * @param serviceType SERVICE_POINTS, ACCESSIBILITY: the service type's code (none: the run's first)
 * @param measure ACCESSIBILITY: {@code time} (minutes, the default) or {@code km}
 * @param minPersons FLOWS: leave out flows with fewer people (default 100)
 * @param planTypeId PLAN_MATRIX: the plan type (none: the register's first)
 * @param labels whether to write names next to the layer's points or areas
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LayerOptions(Long indicatorId, String indicatorCode, Integer year, String status, Long goalId,
		Long municipalityId, Long runId, String serviceType, String measure, Integer minPersons, Long planTypeId,
		Boolean labels) {

	public static LayerOptions none() {
		return new LayerOptions(null, null, null, null, null, null, null, null, null, null, null, null);
	}

	public boolean showLabels() {
		return Boolean.TRUE.equals(labels);
	}

	public boolean km() {
		return "km".equals(measure);
	}

}
