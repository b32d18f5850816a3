package se.regionrum.analysis.engine;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EngineSettingsTest {

	@Test
	void settingsOutsideTheirBoundsAreRefused() {
		int[] thresholds = { 10, 20, 30 };
		assertThatCode(() -> new EngineSettings(5000, 0, 130, new int[] { 1, 600 }, 1)).doesNotThrowAnyException();
		assertThatThrownBy(() -> new EngineSettings(5001, 500, 20, thresholds, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new EngineSettings(Double.POSITIVE_INFINITY, 500, 20, thresholds, 1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new EngineSettings(1000, -1, 20, thresholds, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new EngineSettings(1000, 500, 0.001, thresholds, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new EngineSettings(1000, 500, Double.NaN, thresholds, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new EngineSettings(1000, 500, 20, new int[] { 20, 10 }, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new EngineSettings(1000, 500, 20, new int[] { 601 }, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new EngineSettings(1000, 500, 20, new int[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 }, 1))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
