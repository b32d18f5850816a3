package se.regionrum.followup.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.regionrum.followup.dashboard.IndicatorTrend.Direction;
import se.regionrum.followup.dashboard.IndicatorTrend.TargetState;
import se.regionrum.followup.dashboard.IndicatorTrend.Trend;
import se.regionrum.indicators.Gender;
import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.IndicatorSource;
import se.regionrum.indicators.IndicatorValue;
import se.regionrum.indicators.ValueStatus;

/** Trend since the strategy's start, distance to target and whether the target is on track. */
class IndicatorTrendTest {

	private static IndicatorRef indicator(boolean higherIsBetter) {
		return new IndicatorRef(1, "X", "Indikator", "procent", null, IndicatorSource.OWN, null, null, higherIsBetter);
	}

	private static List<IndicatorValue> series(int firstYear, Double... values) {
		List<IndicatorValue> list = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			list.add(new IndicatorValue(1, "0020", firstYear + i, Gender.T, values[i],
					values[i] == null ? ValueStatus.MISSING : ValueStatus.FINAL, false));
		}
		return list;
	}

	@Test
	void risingValueIsBetterWhenHigherIsBetterAndMeasuredFromTheStartYear() {
		IndicatorTrend t = IndicatorTrend.of(indicator(true), 80.0, 2030, series(2018, 50.0, 55.0, 60.0, 62.0, 66.0), 2020);
		assertThat(t.baselineYear()).isEqualTo(2020);
		assertThat(t.baselineValue()).isEqualTo(60.0);
		assertThat(t.latestYear()).isEqualTo(2022);
		assertThat(t.change()).isEqualTo(6.0);
		assertThat(t.direction()).isEqualTo(Direction.UP);
		assertThat(t.direction().arrow()).isEqualTo("↑");
		assertThat(t.trend()).isEqualTo(Trend.BETTER);
		assertThat(t.distance()).isEqualTo(14.0);
		// 3 a year from 2022: 66 + 8 × 3 = 90 ≥ 80 by 2030
		assertThat(t.targetState()).isEqualTo(TargetState.ON_TRACK);
	}

	@Test
	void risingValueIsWorseWhenLowerIsBetterAndOffTrack() {
		IndicatorTrend t = IndicatorTrend.of(indicator(false), 5.0, 2026, series(2020, 8.0, 8.5, 9.0), 2020);
		assertThat(t.trend()).isEqualTo(Trend.WORSE);
		assertThat(t.direction()).isEqualTo(Direction.UP);
		assertThat(t.distance()).isEqualTo(-4.0);
		assertThat(t.targetState()).isEqualTo(TargetState.OFF_TRACK);
	}

	@Test
	void startYearWithoutValueTakesTheNearestLaterYear() {
		IndicatorTrend t = IndicatorTrend.of(indicator(true), null, null, series(2019, 1.0, null, null, 4.0, 4.0), 2020);
		assertThat(t.baselineYear()).isEqualTo(2022);
		assertThat(t.latestYear()).isEqualTo(2023);
		assertThat(t.trend()).isEqualTo(Trend.UNCHANGED);
		assertThat(t.direction().arrow()).isEqualTo("→");
		assertThat(t.targetState()).isEqualTo(TargetState.NO_TARGET);
	}

	@Test
	void oneValueOrNoneGivesNoTrend() {
		IndicatorTrend one = IndicatorTrend.of(indicator(true), 10.0, 2030, series(2024, 12.0), 2021);
		assertThat(one.trend()).isEqualTo(Trend.UNKNOWN);
		assertThat(one.change()).isNull();
		assertThat(one.targetState()).isEqualTo(TargetState.REACHED);
		IndicatorTrend none = IndicatorTrend.of(indicator(true), 10.0, 2030, List.of(), 2021);
		assertThat(none.hasValue()).isFalse();
		assertThat(none.targetState()).isEqualTo(TargetState.UNKNOWN);
		assertThat(none.distance()).isNull();
	}

	@Test
	void targetYearPassedWithoutReachingIsOffTrack() {
		IndicatorTrend t = IndicatorTrend.of(indicator(true), 100.0, 2022, series(2020, 10.0, 20.0, 30.0), 2020);
		assertThat(t.targetState()).isEqualTo(TargetState.OFF_TRACK);
	}

}
