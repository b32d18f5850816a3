package se.regionrum.followup.dashboard;

import java.util.Comparator;
import java.util.List;

import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.IndicatorValue;
import se.regionrum.indicators.ValueStatus;

/**
 * An indicator on a goal dashboard: its latest value, its trend since the strategy's start and its
 * distance to the goal's target.
 *
 * @param baselineYear the strategy's start year, or the nearest later year with a value; {@code null} when
 *        there is no value from the start year on
 * @param change latest − baseline; {@code null} when there are not two years to compare
 * @param distance target − latest, in the indicator's unit; {@code null} without a target or a value
 */
public record IndicatorTrend(IndicatorRef indicator, Double targetValue, Integer targetYear, Integer baselineYear,
		Double baselineValue, Integer latestYear, Double latestValue, Double change, Direction direction, Trend trend,
		Double distance, TargetState targetState, boolean example, boolean provisional) {

	private static final double EPSILON = 1e-9;

	/** Which way the value moved: the arrow shown, always with a text beside it. */
	public enum Direction {
		UP("↑"), DOWN("↓"), FLAT("→"), NONE("");

		private final String arrow;

		Direction(String arrow) {
			this.arrow = arrow;
		}

		public String arrow() {
			return arrow;
		}

	}

	/** Whether the move is good news, read with the indicator's higher-is-better. */
	public enum Trend {
		BETTER, WORSE, UNCHANGED, UNKNOWN;

		public String messageKey() {
			return "dashboard.trend." + name();
		}

	}

	/**
	 * Where the indicator stands against the goal's target: reached; on track (a straight line through
	 * the baseline and the latest value reaches the target by its year); off track; or not known.
	 */
	public enum TargetState {
		REACHED, ON_TRACK, OFF_TRACK, UNKNOWN, NO_TARGET;

		public String messageKey() {
			return "dashboard.target." + name();
		}

	}

	/**
	 * @param series the indicator's values for one area, every year (missing values have a {@code null} value)
	 * @param startYear the strategy's first year; {@code null}: the first year with a value
	 */
	public static IndicatorTrend of(IndicatorRef indicator, Double targetValue, Integer targetYear,
			List<IndicatorValue> series, Integer startYear) {
		List<IndicatorValue> present = series.stream()
			.filter(IndicatorValue::present)
			.sorted(Comparator.comparingInt(IndicatorValue::year))
			.toList();
		IndicatorValue latest = present.isEmpty() ? null : present.get(present.size() - 1);
		IndicatorValue baseline = present.stream()
			.filter(v -> startYear == null || v.year() >= startYear)
			.findFirst()
			.orElse(null);
		boolean higherIsBetter = indicator.higherIsBetter();
		Double change = null;
		Direction direction = Direction.NONE;
		Trend trend = Trend.UNKNOWN;
		if (latest != null && baseline != null && baseline.year() < latest.year()) {
			change = latest.value() - baseline.value();
			if (Math.abs(change) <= EPSILON * Math.max(1, Math.abs(baseline.value()))) {
				direction = Direction.FLAT;
				trend = Trend.UNCHANGED;
			}
			else {
				direction = change > 0 ? Direction.UP : Direction.DOWN;
				trend = (change > 0) == higherIsBetter ? Trend.BETTER : Trend.WORSE;
			}
		}
		Double distance = targetValue == null || latest == null ? null : targetValue - latest.value();
		TargetState state = targetState(targetValue, targetYear, baseline, latest, change, higherIsBetter);
		boolean example = present.stream().anyMatch(IndicatorValue::example);
		boolean provisional = latest != null && latest.status() == ValueStatus.PROVISIONAL;
		return new IndicatorTrend(indicator, targetValue, targetYear, baseline == null ? null : baseline.year(),
				baseline == null ? null : baseline.value(), latest == null ? null : latest.year(),
				latest == null ? null : latest.value(), change, direction, trend, distance, state, example, provisional);
	}

	private static TargetState targetState(Double target, Integer targetYear, IndicatorValue baseline,
			IndicatorValue latest, Double change, boolean higherIsBetter) {
		if (target == null) {
			return TargetState.NO_TARGET;
		}
		if (latest == null) {
			return TargetState.UNKNOWN;
		}
		if (meets(latest.value(), target, higherIsBetter)) {
			return TargetState.REACHED;
		}
		if (targetYear == null) {
			return TargetState.UNKNOWN;
		}
		if (latest.year() >= targetYear) {
			return TargetState.OFF_TRACK;
		}
		if (change == null) {
			return TargetState.UNKNOWN;
		}
		double perYear = change / (latest.year() - baseline.year());
		double projected = latest.value() + perYear * (targetYear - latest.year());
		return meets(projected, target, higherIsBetter) ? TargetState.ON_TRACK : TargetState.OFF_TRACK;
	}

	private static boolean meets(double value, double target, boolean higherIsBetter) {
		return higherIsBetter ? value >= target - EPSILON : value <= target + EPSILON;
	}

	public boolean hasValue() {
		return latestValue != null;
	}

}
