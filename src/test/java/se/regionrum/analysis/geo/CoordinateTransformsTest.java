package se.regionrum.analysis.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CoordinateTransformsTest {

	@Test
	void centralMeridianAndRoundTrip() {
		double[] xy = CoordinateTransforms.wgs84ToSweref99(15, 60);
		assertThat(xy[0]).isCloseTo(500_000, within(0.01));
		assertThat(xy[1]).isCloseTo(6_651_411, within(2.0));
		double[] back = CoordinateTransforms.sweref99ToWgs84(674_572, 6_580_000);
		double[] again = CoordinateTransforms.wgs84ToSweref99(back[0], back[1]);
		assertThat(again[0]).isCloseTo(674_572, within(0.001));
		assertThat(again[1]).isCloseTo(6_580_000, within(0.001));
	}

	@Test
	void fromAnotherEpsgCode() {
		// ETRS89 / TM35FIN, Finland's grid, to SWEREF 99 TM and back through WGS84
		double[] fromFinnish = CoordinateTransforms.toSweref99(3067).apply(385_000, 6_672_000);
		double[] lonLat = CoordinateTransforms.sweref99ToWgs84(fromFinnish[0], fromFinnish[1]);
		assertThat(lonLat[0]).isCloseTo(24.93, within(0.05));
		assertThat(lonLat[1]).isCloseTo(60.17, within(0.05));
		assertThat(CoordinateTransforms.known(999_999)).isFalse();
	}

	@Test
	void staticConversionsAreSafeFromManyThreads() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Boolean>> work = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				double lon = 12 + t;
				work.add(pool.submit(() -> {
					double[] expected = CoordinateTransforms.wgs84ToSweref99(lon, 62);
					for (int i = 0; i < 20_000; i++) {
						double[] xy = CoordinateTransforms.wgs84ToSweref99(lon, 62);
						if (xy[0] != expected[0] || xy[1] != expected[1]) {
							return false;
						}
					}
					return true;
				}));
			}
			for (Future<Boolean> f : work) {
				assertThat(f.get()).isTrue();
			}
		}
		finally {
			pool.shutdown();
		}
	}
}
