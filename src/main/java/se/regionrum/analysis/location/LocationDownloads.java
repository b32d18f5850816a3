package se.regionrum.analysis.location;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import se.regionrum.analysis.dataset.MunicipalityLocator;
import se.regionrum.analysis.location.LocationResults.Candidate;
import se.regionrum.analysis.run.RunService;
import se.regionrum.platform.CsvExport;

/** The candidate files as downloads, the same for the pages and the API. */
@Component
class LocationDownloads {

	private final LocationService locations;

	private final RunService runs;

	private final LocationExports exports;

	private final MunicipalityLocator municipalities;

	LocationDownloads(LocationService locations, RunService runs, LocationExports exports,
			MunicipalityLocator municipalities) {
		this.locations = locations;
		this.runs = runs;
		this.exports = exports;
		this.municipalities = municipalities;
	}

	void csv(long runId, long id, HttpServletResponse response) throws IOException {
		LocationAnalysis analysis = locations.get(runId, id);
		List<Candidate> candidates = locations.candidates(runId, id);
		CsvExport.download(response, "lokalisering-" + id + "-kandidater.csv");
		exports.candidatesCsv(analysis, runs.ageGroups(runId), candidates, locations.sites(runId, id),
				municipalities.names(), response.getOutputStream());
	}

	void geoJson(long runId, long id, HttpServletResponse response) throws IOException {
		LocationAnalysis analysis = locations.get(runId, id);
		List<Candidate> candidates = locations.candidates(runId, id);
		response.setContentType(LocationExports.GEOJSON);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Content-Disposition", CsvExport.attachment("lokalisering-" + id + "-kandidater.geojson"));
		exports.candidatesGeoJson(analysis, runs.ageGroups(runId), candidates, locations.sites(runId, id),
				municipalities.names(), response.getOutputStream());
	}

}
