package se.regionrum.analysis.imports;

import java.util.HashMap;
import java.util.Map;

import org.springframework.web.multipart.MultipartFile;

import se.regionrum.analysis.imports.ImportRequest.Upload;

/** Multipart files as the service takes them; the content is moved, not read into memory. */
final class UploadedFiles {

	private UploadedFiles() {
	}

	/**
	 * The upload, or null when no file was chosen: browsers send an empty part without a name then.
	 * A chosen file that is empty keeps its name, so that the user is told that file is empty.
	 */
	static Upload of(MultipartFile file) {
		if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
			return null;
		}
		return new Upload(file.getOriginalFilename(), file.getSize(), file::transferTo);
	}

	/** The form's files by field; the fields not sent are absent. */
	static Map<String, Upload> byField(MultipartFile file, MultipartFile nodes, MultipartFile edges) {
		Map<String, Upload> files = new HashMap<>();
		files.put(ImportReading.FILE, of(file));
		files.put(ImportReading.NODES, of(nodes));
		files.put(ImportReading.EDGES, of(edges));
		return files;
	}

}
