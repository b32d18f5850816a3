package se.regionrum.analysis.run;

import java.util.ArrayList;
import java.util.List;

import se.regionrum.analysis.run.RunResults.MunicipalitySummary;

/**
 * The per-municipality summary as stacked horizontal bars for a plain SVG drawn by the template (no
 * chart library, no script): one bar per municipality, one segment per travel-time or road-distance
 * band (and one for those who reach no point), lengths as percentages of the municipality's
 * population.
 */
record BandChart(List<Bar> bars, int height, String measure) {

	static final int ROW = 24;

	static BandChart of(List<MunicipalitySummary> summaries, boolean km) {
		List<Bar> bars = new ArrayList<>();
		int y = 0;
		for (MunicipalitySummary s : summaries) {
			List<Segment> segments = new ArrayList<>();
			double x = 0;
			List<Long> parts = new ArrayList<>(km ? s.kmBands()
					: List.of(s.band0to10(), s.band10to20(), s.band20to30(), s.bandOver30()));
			parts.add(s.unreachable());
			for (int i = 0; i < parts.size(); i++) {
				// A run stored before distances were summarised has no km bands: only its unreachable part shows.
				int band = i == parts.size() - 1 ? Bands.UNREACHABLE : i;
				double width = s.population() == 0 ? 0 : 100.0 * parts.get(i) / s.population();
				if (width > 0) {
					segments.add(new Segment(round(x), round(width), band));
				}
				x += width;
			}
			bars.add(new Bar(s.municipalityId(), s.municipalityName(), y, segments));
			y += ROW;
		}
		return new BandChart(bars, y, km ? "km" : "time");
	}

	private static double round(double v) {
		return Math.round(v * 100) / 100.0;
	}

	record Bar(long municipalityId, String name, int y, List<Segment> segments) {

		public int textY() {
			return y + 16;
		}

		public int barY() {
			return y + 4;
		}

	}

	record Segment(double x, double width, int band) {
	}

}
