package se.regionrum.indicators.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * An import as the form or the API asks for it.
 *
 * @param files the data files (Kolada pages, one SCB file, one own CSV); none for a fetch
 * @param kpis Kolada's KPI metadata, to create the indicators of KPIs the installation lacks; optional
 * @param indicatorId the indicator an own CSV goes into
 * @param tableId the SCB table (TAB638); for JSON-stat2 the file's own {@code extension.px.tableid} is used when blank
 * @param encoding 'auto' (or blank), 'UTF-8' or 'ISO-8859-1', for CSV
 * @param kpiIds, municipalityIds, years what to fetch from Kolada, comma- or space-separated
 */
public record IndicatorImportRequest(IndicatorImportKind kind, List<Upload> files, Upload kpis, Long indicatorId,
		String tableId, String encoding, String kpiIds, String municipalityIds, String years) {

	/** An uploaded file, written where the job will read it; its content stays where the web server put it until then. */
	public record Upload(String originalName, long size, Content content) {

		/** The upload, or null when no file was chosen (browsers send an empty part without a name then). */
		static Upload of(MultipartFile file) {
			if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
				return null;
			}
			return new Upload(file.getOriginalFilename(), file.getSize(), file::transferTo);
		}

		static List<Upload> of(List<MultipartFile> files) {
			return files == null ? List.of()
					: files.stream().map(Upload::of).filter(java.util.Objects::nonNull).toList();
		}

	}

	@FunctionalInterface
	public interface Content {
		void writeTo(Path target) throws IOException;
	}

}
