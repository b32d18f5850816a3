package se.regionrum.analysis.run;

import java.util.Comparator;

import se.regionrum.analysis.run.RunResults.PointImpact;

/**
 * Filter and order of the closure-impact ranking. Sort keys: {@code addedMinutes} (default),
 * {@code affected}, {@code stranded}, {@code pushed} (past the first threshold), {@code served},
 * {@code name}.
 */
public record ImpactFilter(String type, Long municipality, String sort, String dir) {

	public static ImpactFilter all() {
		return new ImpactFilter(null, null, null, null);
	}

	public String sortKey() {
		return sort == null || sort.isBlank() ? "addedMinutes" : sort;
	}

	/** Impacts sort the largest first unless asked otherwise; names A to Ö. */
	public boolean descending() {
		return dir == null || dir.isBlank() ? !"name".equals(sortKey()) : "desc".equalsIgnoreCase(dir);
	}

	boolean matches(PointImpact p) {
		return (type == null || type.isBlank() || type.equals(p.type()))
				&& (municipality == null || municipality == p.municipalityId());
	}

	Comparator<PointImpact> comparator() {
		Comparator<PointImpact> order = switch (sortKey()) {
			case "affected" -> Comparator.comparingLong(PointImpact::affected);
			case "stranded" -> Comparator.comparingLong(PointImpact::stranded);
			case "pushed" -> Comparator.comparingLong(p -> p.pushedPast().isEmpty() ? 0 : p.pushedPast().get(0));
			case "served" -> Comparator.comparingLong(PointImpact::served);
			case "name" -> Comparator.comparing(p -> p.name() == null ? "" : p.name(), String.CASE_INSENSITIVE_ORDER);
			default -> Comparator.comparingDouble(PointImpact::addedPersonMinutes);
		};
		if (descending()) {
			order = order.reversed();
		}
		return order.thenComparingInt(PointImpact::seq);
	}

}
