package se.regionrum.indicators.indicator;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.regionrum.indicators.GoalIndicator;

/**
 * Writes an indicator's goal links ({@code indicator_goal}) within the caller's transaction: the links
 * are replaced as a whole, like a child collection of the {@link Indicator} aggregate. Reading is
 * {@link IndicatorQueries#linksOfIndicator}.
 */
@Component
class GoalLinks {

	private final JdbcClient jdbc;

	GoalLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void replace(long indicatorId, List<GoalIndicator> links) {
		jdbc.sql("delete from indicator_goal where indicator_id = ?").param(indicatorId).update();
		for (GoalIndicator link : links) {
			jdbc.sql("insert into indicator_goal (indicator_id, goal_id, target_value, target_year) values (?, ?, ?, ?)")
				.params(indicatorId, link.goalId(), link.targetValue(), link.targetYear())
				.update();
		}
	}

}
