package se.regionrum.analysis.location;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

import se.regionrum.analysis.geo.CoordinateTransforms;
import se.regionrum.platform.CsvImport;
import se.regionrum.platform.ImportProblem;
import se.regionrum.platform.ImportRejectedException;

/**
 * Reads candidate sites as the start form brings them: an uploaded CSV (columns x, y and name,
 * SWEREF 99 TM) or lines "latitude;longitude;name" drawn on the map. Every problem names its row.
 */
final class CandidateInput {

	private CandidateInput() {
	}

	static List<LocationRequest.Site> csv(MultipartFile file) {
		byte[] content;
		try {
			content = file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<ImportProblem> problems = new ArrayList<>();
		List<LocationRequest.Site> sites = new ArrayList<>();
		for (CsvImport.Row row : CsvImport.read(content, List.of("x", "y"))) {
			Double x = row.decimal("x", problems);
			Double y = row.decimal("y", problems);
			if (x == null || y == null) {
				if (problems.isEmpty()) {
					problems.add(new ImportProblem(row.number(), x == null ? "x" : "y", "analysis.location.invalid.blank"));
				}
				break;
			}
			sites.add(new LocationRequest.Site(x, y, row.get("name").isEmpty() ? null : row.get("name")));
		}
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(problems);
		}
		if (sites.isEmpty()) {
			throw new ImportRejectedException(List.of(ImportProblem.ofFile("import.csv.noRows")));
		}
		return sites;
	}

	/** Lines "latitude;longitude;name" (name optional; decimal point or comma), blank lines skipped. */
	static List<LocationRequest.Site> drawn(String text) {
		List<LocationRequest.Site> sites = new ArrayList<>();
		if (text == null) {
			return sites;
		}
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split(";", 3);
			try {
				double lat = Double.parseDouble(parts[0].strip().replace(',', '.'));
				double lon = Double.parseDouble(parts[1].strip().replace(',', '.'));
				if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
					throw new NumberFormatException("outside the globe");
				}
				double[] xy = CoordinateTransforms.wgs84ToSweref99(lon, lat);
				sites.add(new LocationRequest.Site(xy[0], xy[1], parts.length > 2 && !parts[2].isBlank() ? parts[2].strip() : null));
			}
			catch (NumberFormatException | ArrayIndexOutOfBoundsException ex) {
				throw new ImportRejectedException(List.of(new ImportProblem(i + 1, null, "analysis.location.invalid.line", line)));
			}
		}
		return sites;
	}

}
