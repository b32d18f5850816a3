package se.regionrum.followup.programme;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import se.regionrum.platform.CsvExport;

/** What the page controllers of a programme and its parts share: the editable programme and CSV downloads. */
@Component
class ProgrammePageSupport {

	private final ProgrammeService service;

	ProgrammePageSupport(ProgrammeService service) {
		this.service = service;
	}

	/** The programme, if the current user may change it. */
	Programme editable(long id) {
		Programme programme = service.get(id);
		service.requireEditor(programme);
		return programme;
	}

	static void csv(HttpServletResponse response, String filename, List<String> header, List<List<?>> rows)
			throws IOException {
		CsvExport.download(response, filename);
		CsvExport.write(response.getOutputStream(), header, rows);
	}

}
