package se.regionrum.indicators.indicator;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/**
 * The {@link Indicator} aggregate. Its goal links ({@code indicator_goal}) are a child collection
 * written here in the caller's transaction, replaced as a whole; reading them is
 * {@link IndicatorQueries#linksOfIndicator}.
 */
interface IndicatorRepository extends ListCrudRepository<Indicator, Long> {

	boolean existsByCodeIgnoreCase(String code);

	boolean existsByCodeIgnoreCaseAndIdNot(String code, long id);

	@Modifying
	@Query("delete from indicator_goal where indicator_id = :indicatorId")
	void deleteGoalLinks(@Param("indicatorId") long indicatorId);

	@Modifying
	@Query("insert into indicator_goal (indicator_id, goal_id, target_value, target_year) "
			+ "values (:indicatorId, :goalId, :targetValue, :targetYear)")
	void insertGoalLink(@Param("indicatorId") long indicatorId, @Param("goalId") long goalId,
			@Param("targetValue") Double targetValue, @Param("targetYear") Integer targetYear);

}
