package se.regionrum.analysis.run;

import java.util.List;

/**
 * What starting a run asks for: the three data sets, optionally a name, settings (defaults when
 * {@code null}) and service types (all when {@code null} or empty).
 */
public record RunRequest(String name, long gridId, long networkId, long pointSetId, RunSettings settings,
		List<String> serviceTypes) {
}
