package se.regionrum.actors.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did. Codes of features that matched no municipality in the register are
 * skipped (importing all of Sweden into one region's installation is normal), not errors.
 *
 * @param features features in the file
 * @param imported boundaries saved (new or replaced)
 * @param kept municipalities that already had a boundary which was kept
 * @param skipped features whose code matches no municipality in the register
 * @param repaired invalid polygons repaired before saving
 * @param importedMunicipalities names of the municipalities whose boundary was saved
 * @param skippedCodes codes of the skipped features
 */
public record BoundaryImportReport(int features, int imported, int kept, int skipped, int repaired,
		List<String> importedMunicipalities, List<String> skippedCodes) implements Serializable {

	public BoundaryImportReport {
		importedMunicipalities = List.copyOf(importedMunicipalities);
		skippedCodes = List.copyOf(skippedCodes);
	}

}
