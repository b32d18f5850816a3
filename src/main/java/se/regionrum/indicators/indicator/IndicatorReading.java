package se.regionrum.indicators.indicator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.indicators.Area;
import se.regionrum.indicators.Areas;
import se.regionrum.indicators.Gender;
import se.regionrum.indicators.GoalIndicator;
import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.IndicatorValue;
import se.regionrum.platform.NotFoundException;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.Goals;

/** The public read side shared by the pages, the CSV exports and the REST API. */
@Component
@Transactional(readOnly = true)
class IndicatorReading {

	private final IndicatorQueries queries;

	private final Goals goals;

	private final Areas areas;

	IndicatorReading(IndicatorQueries queries, Goals goals, Areas areas) {
		this.queries = queries;
		this.goals = goals;
		this.areas = areas;
	}

	List<IndicatorSummary> list(IndicatorFilter filter) {
		return queries.list(filter);
	}

	IndicatorRef find(long id) {
		return queries.find(id).orElseThrow(() -> new NotFoundException("Indicator", id));
	}

	IndicatorResponse response(long id) {
		IndicatorRef ref = find(id);
		List<GoalIndicator> links = queries.linksOfIndicator(id);
		return IndicatorResponse.of(ref, links, goalsOf(links));
	}

	List<GoalIndicator> links(long id) {
		return queries.linksOfIndicator(id);
	}

	/** Every listed indicator with its goal links, in three statements. */
	List<IndicatorResponse> responses(IndicatorFilter filter) {
		List<IndicatorSummary> list = queries.list(filter);
		List<GoalIndicator> links = queries.linksOfIndicators(list.stream().map(s -> s.indicator().id()).toList());
		Map<Long, GoalRef> goalRefs = goalsOf(links);
		return list.stream()
			.map(s -> IndicatorResponse.of(s.indicator(),
					links.stream().filter(l -> l.indicatorId() == s.indicator().id()).toList(), goalRefs))
			.toList();
	}

	/** Values of the given areas (all when empty) and gender, of one year or every year. */
	List<IndicatorValueResponse> values(long id, Collection<String> areaCodes, Gender gender, Integer year) {
		find(id);
		List<IndicatorValue> values = year == null ? queries.values(id, areaCodes, gender)
				: queries.valuesOfYear(id, year, gender).stream()
					.filter(v -> areaCodes.isEmpty() || areaCodes.contains(v.areaCode()))
					.toList();
		return values.stream().map(v -> IndicatorValueResponse.of(v, areaName(v.areaCode()))).toList();
	}

	/** Every value of the indicator, for the CSV export. */
	List<IndicatorValue> allValues(long id) {
		find(id);
		return queries.allValues(id);
	}

	String areaName(String code) {
		return areas.find(code).map(Area::name).orElse(code);
	}

	String areaKind(String code) {
		return areas.find(code).map(a -> a.kind().name()).orElse("");
	}

	private Map<Long, GoalRef> goalsOf(List<GoalIndicator> links) {
		Set<Long> ids = new HashSet<>();
		links.forEach(l -> ids.add(l.goalId()));
		return ids.isEmpty() ? Map.of() : goals.findAll(new ArrayList<>(ids));
	}

}
