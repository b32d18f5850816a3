package se.regionrum.actors.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.actors.Organisations;
import se.regionrum.platform.AuditAction;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.Permissions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports municipal boundaries from a GeoJSON FeatureCollection (administrators only). All or
 * nothing: the whole file is checked first, every problem is reported, and nothing is saved
 * unless the file is clean. Features are matched to the municipalities of the register by SCB
 * code; the others are skipped and counted.
 */
@Service
public class BoundaryImportService {

	static final String AUDIT_TYPE = "boundary";

	private static final Logger log = LoggerFactory.getLogger(BoundaryImportService.class);

	private final BoundaryFile file;

	private final BoundaryQueries queries;

	private final Organisations organisations;

	private final Permissions permissions;

	private final AuditLog audit;

	BoundaryImportService(JsonMapper json, BoundaryQueries queries, Organisations organisations, Permissions permissions,
			AuditLog audit) {
		this.file = new BoundaryFile(json);
		this.queries = queries;
		this.organisations = organisations;
		this.permissions = permissions;
		this.audit = audit;
	}

	@Transactional
	public BoundaryImportReport importGeoJson(byte[] content, BoundaryImportOptions options) {
		permissions.requireAdmin();
		List<BoundaryFile.Feature> features = file.read(content, options);
		Map<String, OrganisationRef> byCode = new HashMap<>();
		for (OrganisationRef municipality : organisations.municipalities()) {
			if (municipality.scbCode() != null) {
				byCode.put(municipality.scbCode(), municipality);
			}
		}
		Set<Long> existing = options.replaceExisting() ? Set.of() : queries.organisationsWithBoundary();
		Instant now = Instant.now();
		List<String> imported = new ArrayList<>();
		List<String> skippedCodes = new ArrayList<>();
		int kept = 0;
		int repaired = 0;
		for (BoundaryFile.Feature feature : features) {
			OrganisationRef municipality = byCode.get(feature.code());
			if (municipality == null) {
				skippedCodes.add(feature.code());
				continue;
			}
			if (existing.contains(municipality.id())) {
				kept++;
				continue;
			}
			queries.replaceBoundary(municipality.id(), feature.geometry(), options.source(), now);
			imported.add(municipality.name());
			if (feature.repaired()) {
				repaired++;
			}
		}
		skippedCodes.sort(null);
		BoundaryImportReport report = new BoundaryImportReport(features.size(), imported.size(), kept,
				skippedCodes.size(), repaired, imported, skippedCodes);
		String detail = String.format("%d boundaries imported, %d kept, %d skipped, %d repaired of %d features%s",
				report.imported(), report.kept(), report.skipped(), report.repaired(), report.features(),
				options.source() == null ? "" : "; source: " + options.source());
		audit.event(AUDIT_TYPE, null, AuditAction.IMPORT, "audit.detail.boundaryImport", report.imported(), report.kept(),
				report.skipped(), report.repaired(), report.features(), options.source() == null ? "–" : options.source());
		log.info("Municipal boundaries: {}", detail);
		return report;
	}

}
