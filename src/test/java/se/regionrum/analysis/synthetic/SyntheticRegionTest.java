package se.regionrum.analysis.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.regionrum.analysis.engine.Accessibility;
import se.regionrum.analysis.engine.AccessibilityEngine;
import se.regionrum.analysis.engine.EngineSettings;
import se.regionrum.analysis.engine.ReferenceDijkstra;
import se.regionrum.analysis.engine.EngineComparison;

class SyntheticRegionTest {

	private static final SyntheticRegion.Scale SMALL = new SyntheticRegion.Scale(30_000, 3_000, 80, 8);
	private static final List<SyntheticRegion.Town> TOWNS = List.of(
			new SyntheticRegion.Town("Falun", 535_000, 6_720_000, 38_000),
			new SyntheticRegion.Town("Mora", 433_000, 6_766_000, 11_000),
			new SyntheticRegion.Town("Idre", 378_000, 6_866_000, 800));

	@Test
	void sameSeedSameData() {
		SyntheticData a = SyntheticRegion.generate(SMALL, SyntheticRegion.Extent.DALARNA, TOWNS, 5);
		SyntheticData b = SyntheticRegion.generate(SMALL, SyntheticRegion.Extent.DALARNA, TOWNS, 5);
		assertThat(a.graph().nodeCount()).isEqualTo(b.graph().nodeCount());
		assertThat(a.cellLowerLeftX()).isEqualTo(b.cellLowerLeftX());
		assertThat(a.cells().population()).isEqualTo(b.cells().population());
		assertThat(a.pointNames()).isEqualTo(b.pointNames());
	}

	@Test
	void sizesComeCloseToTheScaleAndPeopleAddUpToTheTowns() {
		SyntheticData data = SyntheticRegion.generate(SMALL, SyntheticRegion.Extent.DALARNA, TOWNS, 1);
		assertThat(data.graph().nodeCount()).isBetween(27_000, 33_000);
		assertThat(data.cells().count()).isEqualTo(3_000);
		assertThat(data.points().count()).isEqualTo(80);
		assertThat(data.cells().totalPopulation()).isBetween(45_000L, 55_000L);
		for (int c = 0; c < data.cells().count(); c++) {
			assertThat(data.cellLowerLeftX()[c] % data.cellSize()).isZero();
			int ages = 0;
			for (int[] group : data.cells().ageGroupPopulation()) {
				ages += group[c];
			}
			assertThat(ages).isEqualTo(data.cells().population()[c]);
		}
		for (int t = 0; t < 8; t++) {
			assertThat(data.points().ofType(t)).isNotEmpty();
		}
		assertThat(data.graph().bytesPerEdge()).isLessThan(20);
	}

	@Test
	void engineMatchesReferenceOnARoadLikeNetwork() {
		SyntheticData data = SyntheticRegion.generate(new SyntheticRegion.Scale(20_000, 1_500, 60, 8),
				SyntheticRegion.Extent.DALARNA, TOWNS, 3);
		EngineSettings settings = EngineSettings.defaults();
		Accessibility fast = new AccessibilityEngine(data.graph()).analyse(data.cells(), data.points(), settings);
		Accessibility reference = new ReferenceDijkstra(data.graph()).analyse(data.cells(), data.points(), settings);
		EngineComparison.assertSame(fast, reference, data.points().count());
	}

	@Test
	void almostEveryoneReachesAGroceryStore() {
		SyntheticData data = SyntheticRegion.generate(SMALL, SyntheticRegion.Extent.DALARNA, TOWNS, 2);
		Accessibility result = new AccessibilityEngine(data.graph()).analyse(data.cells(), data.points(),
				EngineSettings.defaults());
		long reached = 0;
		for (int c = 0; c < data.cells().count(); c++) {
			if (result.time(0, c) != Accessibility.UNREACHABLE) {
				reached += data.cells().population()[c];
			}
		}
		assertThat((double) reached / data.cells().totalPopulation()).isGreaterThan(0.95);
	}
}
