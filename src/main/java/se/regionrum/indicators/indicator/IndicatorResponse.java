package se.regionrum.indicators.indicator;

import java.util.List;
import java.util.Map;

import se.regionrum.indicators.GoalIndicator;
import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.IndicatorSource;
import se.regionrum.strategy.GoalRef;

/** An indicator in the REST API, with its goal links and their targets. */
public record IndicatorResponse(long id, String code, String name, String unit, String description,
		IndicatorSource source, String sourceId, String sourceContents, boolean higherIsBetter, List<GoalLink> goals) {

	/** A goal link; {@code goalCode} and {@code goalTitle} are null when the goal no longer exists. */
	public record GoalLink(long goalId, String goalCode, String goalTitle, Double targetValue, Integer targetYear) {
	}

	static IndicatorResponse of(IndicatorRef ref, List<GoalIndicator> links, Map<Long, GoalRef> goals) {
		return new IndicatorResponse(ref.id(), ref.code(), ref.name(), ref.unit(), ref.description(), ref.source(),
				ref.sourceId(), ref.sourceContents(), ref.higherIsBetter(), links.stream().map(l -> {
					GoalRef goal = goals.get(l.goalId());
					return new GoalLink(l.goalId(), goal == null ? null : goal.code(), goal == null ? null : goal.title(),
							l.targetValue(), l.targetYear());
				}).toList());
	}

}
