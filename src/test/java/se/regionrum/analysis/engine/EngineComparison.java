package se.regionrum.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;

/** Field-by-field comparison of two analysis results, naming the first difference. */
public final class EngineComparison {

	private EngineComparison() {
	}

	public static void assertSame(Accessibility actual, Accessibility expected, int pointCount) {
		for (int type = 0; type < expected.typeCount(); type++) {
			for (int c = 0; c < expected.cellCount(); c++) {
				String where = "type " + type + ", cell " + c;
				assertThat(actual.time(type, c)).as("time, " + where).isEqualTo(expected.time(type, c));
				assertThat(actual.meters(type, c)).as("metres, " + where).isEqualTo(expected.meters(type, c));
				assertThat(actual.nearest(type, c)).as("nearest point, " + where).isEqualTo(expected.nearest(type, c));
				assertThat(actual.secondTime(type, c)).as("second time, " + where)
					.isEqualTo(expected.secondTime(type, c));
				assertThat(actual.second(type, c)).as("second point, " + where).isEqualTo(expected.second(type, c));
			}
		}
		ClosureImpact a = actual.impact();
		ClosureImpact e = expected.impact();
		for (int p = 0; p < pointCount; p++) {
			String where = "point " + p;
			assertThat(a.servedPopulation(p)).as("served, " + where).isEqualTo(e.servedPopulation(p));
			assertThat(a.affectedPopulation(p)).as("affected, " + where).isEqualTo(e.affectedPopulation(p));
			assertThat(a.addedPersonTime(p)).as("added time, " + where).isEqualTo(e.addedPersonTime(p));
			assertThat(a.strandedPopulation(p)).as("stranded, " + where).isEqualTo(e.strandedPopulation(p));
			for (int k = 0; k < e.thresholdMinutes().length; k++) {
				assertThat(a.pushedPast(k, p)).as("pushed past threshold " + k + ", " + where)
					.isEqualTo(e.pushedPast(k, p));
			}
			for (int g = 0; g < e.affectedByAge.length; g++) {
				assertThat(a.affectedByAge(g, p)).as("affected in age group " + g + ", " + where)
					.isEqualTo(e.affectedByAge(g, p));
				for (int k = 0; k < e.thresholdMinutes().length; k++) {
					assertThat(a.pushedPastByAge(g, k, p)).isEqualTo(e.pushedPastByAge(g, k, p));
				}
			}
		}
	}
}
