package se.regionrum.followup.mapcomposer;

/** A layer to add on the edit page: its kind and the options that kind reads (the rest stay empty). */
public record LayerForm(LayerKind kind, Long indicatorId, Integer year, String status, Long goalId,
		Long municipalityId, Long runId, String serviceType, String measure, Integer minPersons, Long planTypeId,
		Boolean labels) {

	LayerOptions options() {
		return new LayerOptions(indicatorId, null, year, blank(status), goalId, municipalityId, runId,
				blank(serviceType), blank(measure), minPersons, planTypeId, Boolean.TRUE.equals(labels) ? true : null);
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
