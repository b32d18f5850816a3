package se.regionrum.initiatives.funding;

import java.util.ArrayList;
import java.util.List;

import se.regionrum.initiatives.FundingSource;

/**
 * Granted funding per year as stacked columns, one segment per source, laid out for a
 * server-rendered SVG (no script, no inline styles): coordinates in a 0–{@value #HEIGHT} space.
 */
public record FundingChart(List<Column> columns, long maximum, List<FundingSource> sources) {

	public static final int HEIGHT = 200;

	public static final int COLUMN_WIDTH = 40;

	public static final int GAP = 20;

	public record Segment(FundingSource source, long amount, double y, double height) {
	}

	public record Column(int year, double x, long total, List<Segment> segments) {
	}

	public int width() {
		return Math.max(1, columns.size()) * (COLUMN_WIDTH + GAP) + GAP;
	}

	public static FundingChart of(FundingQueries.Summary summary) {
		long maximum = summary.maxYearGranted();
		List<Column> columns = new ArrayList<>();
		List<FundingSource> used = new ArrayList<>();
		double x = GAP;
		for (int year : summary.years()) {
			double top = HEIGHT;
			List<Segment> segments = new ArrayList<>();
			for (FundingSource source : FundingSource.values()) {
				long granted = summary.cell(source, year).granted();
				if (granted <= 0) {
					continue;
				}
				if (!used.contains(source)) {
					used.add(source);
				}
				double height = maximum == 0 ? 0 : granted * (double) HEIGHT / maximum;
				top -= height;
				segments.add(new Segment(source, granted, top, height));
			}
			columns.add(new Column(year, x, summary.byYear().get(year).granted(), segments));
			x += COLUMN_WIDTH + GAP;
		}
		used.sort(null);
		return new FundingChart(columns, maximum, used);
	}

}
