package se.regionrum.indicators.indicator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import se.regionrum.indicators.Area;
import se.regionrum.indicators.AreaKind;
import se.regionrum.indicators.Areas;
import se.regionrum.indicators.Gender;
import se.regionrum.indicators.GoalIndicator;
import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.IndicatorValue;
import se.regionrum.platform.NotFoundException;
import se.regionrum.platform.NumberText;
import se.regionrum.strategy.GoalRef;
import se.regionrum.strategy.Goals;

/**
 * Builds the indicator page: a fixed number of statements whatever the number of areas and years (the
 * indicator, its links, the goals, the genders, and one read of the values of the home county's
 * municipalities, the region and the country).
 */
@Component
@Transactional(readOnly = true)
class IndicatorViews {

	/** How many municipalities the time-series chart shows when none are chosen. */
	static final int DEFAULT_SELECTED = 3;

	static final int MAP_CLASSES = 5;

	private final IndicatorQueries queries;

	private final Goals goals;

	private final Areas areas;

	private final JsonMapper json;

	IndicatorViews(IndicatorQueries queries, Goals goals, Areas areas, JsonMapper json) {
		this.queries = queries;
		this.goals = goals;
		this.areas = areas;
		this.json = json;
	}

	/** The region's municipalities (all of Sweden's when the installation has no home county). */
	List<Area> municipalities(String county) {
		if (county == null || county.isEmpty()) {
			return areas.all().stream().filter(Area::municipality).toList();
		}
		return areas.municipalitiesOfCounty(county);
	}

	Area region(String county) {
		return county == null || county.isEmpty() ? null : areas.find(Area.regionCode(county)).orElse(null);
	}

	IndicatorPage page(long id, Gender requestedGender, Integer requestedYear, Collection<String> requestedAreas,
			Locale locale) {
		IndicatorRef indicator = queries.find(id).orElseThrow(() -> new NotFoundException("Indicator", id));
		List<GoalIndicator> links = queries.linksOfIndicator(id);
		Map<Long, GoalRef> goalRefs = links.isEmpty() ? Map.of()
				: goals.findAll(links.stream().map(GoalIndicator::goalId).toList());
		List<IndicatorPage.Goal> goalRows = links.stream()
			.map(l -> new IndicatorPage.Goal(l.goalId(), goalRefs.get(l.goalId()), l.targetValue(), l.targetYear()))
			.toList();

		String county = areas.homeCountyCode();
		List<Area> municipalities = municipalities(county);
		Area region = region(county);
		Area country = areas.find(Area.COUNTRY).orElse(null);
		List<Area> rows = new ArrayList<>(municipalities);
		if (region != null) {
			rows.add(region);
		}
		if (country != null) {
			rows.add(country);
		}
		List<String> codes = rows.stream().map(Area::code).toList();

		Map<String, Map<Integer, IndicatorValue>> table = new LinkedHashMap<>();
		codes.forEach(c -> table.put(c, new TreeMap<>()));
		TreeSet<Integer> yearSet = new TreeSet<>();
		boolean example = false;
		boolean provisional = false;
		boolean missing = false;
		boolean fractions = false;
		List<IndicatorValue> read = queries.valuesOfAreas(id, codes);
		// the genders the region's areas have values for (a national file may have more areas, never more genders)
		List<Gender> genders = read.stream().map(IndicatorValue::gender).distinct().sorted().toList();
		Gender gender = requestedGender != null && genders.contains(requestedGender) ? requestedGender
				: genders.isEmpty() ? Gender.T : genders.get(0);
		for (IndicatorValue v : read) {
			if (v.gender() != gender) {
				continue;
			}
			table.get(v.areaCode()).put(v.year(), v);
			yearSet.add(v.year());
			example |= v.example();
			provisional |= v.status() == se.regionrum.indicators.ValueStatus.PROVISIONAL;
			missing |= !v.present();
			fractions |= v.present() && v.value() != Math.rint(v.value());
		}
		List<Integer> years = List.copyOf(yearSet);
		Integer year = requestedYear != null && yearSet.contains(requestedYear) ? requestedYear
				: years.isEmpty() ? null : years.get(years.size() - 1);

		List<String> municipalCodes = municipalities.stream().map(Area::code).toList();
		List<String> selected = requestedAreas == null ? List.of()
				: requestedAreas.stream().filter(municipalCodes::contains).distinct().toList();
		if (selected.isEmpty()) {
			selected = municipalCodes.stream().limit(DEFAULT_SELECTED).toList();
		}

		List<IndicatorValue> ofYear = new ArrayList<>();
		for (Area m : municipalities) {
			IndicatorValue v = year == null ? null : table.get(m.code()).get(year);
			ofYear.add(v == null ? new IndicatorValue(id, m.code(), year == null ? 0 : year, gender, null,
					se.regionrum.indicators.ValueStatus.MISSING, false) : v);
		}
		List<Double> breaks = breaks(ofYear.stream().filter(IndicatorValue::present).map(IndicatorValue::value).toList());
		Comparator<IndicatorValue> byValue = Comparator.comparing(IndicatorValue::value);
		if (indicator.higherIsBetter()) {
			byValue = byValue.reversed();
		}
		Map<String, Area> byCode = new LinkedHashMap<>();
		municipalities.forEach(m -> byCode.put(m.code(), m));
		List<IndicatorValue> sorted = new ArrayList<>(ofYear.stream().filter(IndicatorValue::present).sorted(byValue).toList());
		ofYear.stream().filter(v -> !v.present()).forEach(sorted::add);
		List<IndicatorPage.Ranked> ranking = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			IndicatorValue v = sorted.get(i);
			ranking.add(new IndicatorPage.Ranked(v.present() ? i + 1 : 0, byCode.get(v.areaCode()), v,
					v.present() ? classOf(v.value(), breaks) : -1));
		}
		IndicatorValue regionValue = region == null || year == null ? null : table.get(region.code()).get(year);
		IndicatorValue countryValue = country == null || year == null ? null : table.get(country.code()).get(year);
		int decimals = fractions ? 1 : 0;
		boolean referencesInChart = comparable(table, municipalCodes, region, country);

		String chartJson = chartJson(indicator, rows, years, table, selected, referencesInChart, year, ranking,
				regionValue, countryValue, decimals);
		String mapJson = mapJson(ranking, indicator, decimals, locale);
		return new IndicatorPage(indicator, goalRows, genders, gender, years, year, rows, selected, region, country,
				table, ranking, regionValue, countryValue, breaks, example, provisional, missing, referencesInChart,
				decimals, chartJson, mapJson);
	}

	/**
	 * Whether the county's and the country's values lie in the range of the municipalities' (rates, shares,
	 * times) rather than far above it (sums such as the population): at most three times the largest
	 * municipal value.
	 */
	static boolean comparable(Map<String, Map<Integer, IndicatorValue>> table, List<String> municipalCodes, Area region,
			Area country) {
		double municipal = maxOf(table, municipalCodes);
		List<String> references = new ArrayList<>();
		if (region != null) {
			references.add(region.code());
		}
		if (country != null) {
			references.add(country.code());
		}
		double reference = maxOf(table, references);
		return municipal <= 0 || reference <= 3 * municipal;
	}

	private static double maxOf(Map<String, Map<Integer, IndicatorValue>> table, List<String> codes) {
		double max = 0;
		for (String code : codes) {
			for (IndicatorValue v : table.getOrDefault(code, Map.of()).values()) {
				if (v.present()) {
					max = Math.max(max, Math.abs(v.value()));
				}
			}
		}
		return max;
	}

	/** Quantile class limits of the values: up to {@link #MAP_CLASSES} classes, no two limits equal. */
	static List<Double> breaks(List<Double> values) {
		if (values.size() < 2) {
			return List.of();
		}
		List<Double> sorted = values.stream().sorted().toList();
		TreeSet<Double> limits = new TreeSet<>();
		for (int k = 1; k < MAP_CLASSES; k++) {
			double limit = sorted.get((int) Math.floor((double) k * sorted.size() / MAP_CLASSES));
			if (limit > sorted.get(0)) {
				limits.add(limit);
			}
		}
		return List.copyOf(limits);
	}

	static int classOf(double value, List<Double> breaks) {
		for (int i = 0; i < breaks.size(); i++) {
			if (value < breaks.get(i)) {
				return i;
			}
		}
		return breaks.size();
	}

	private String chartJson(IndicatorRef indicator, List<Area> rows, List<Integer> years,
			Map<String, Map<Integer, IndicatorValue>> table, List<String> selected, boolean referencesInChart, Integer year,
			List<IndicatorPage.Ranked> ranking, IndicatorValue regionValue, IndicatorValue countryValue, int decimals) {
		ObjectNode root = json.createObjectNode();
		root.put("unit", indicator.unit());
		root.put("decimals", decimals);
		ArrayNode yearsNode = root.putArray("years");
		years.forEach(yearsNode::add);
		ArrayNode series = root.putArray("series");
		for (Area area : rows) {
			ObjectNode s = series.addObject();
			s.put("code", area.code());
			s.put("name", area.name());
			s.put("kind", area.kind().name());
			s.put("selected", area.kind() == AreaKind.MUNICIPALITY ? selected.contains(area.code()) : referencesInChart);
			ArrayNode values = s.putArray("values");
			for (int y : years) {
				IndicatorValue v = table.get(area.code()).get(y);
				if (v == null || !v.present()) {
					values.addNull();
				}
				else {
					values.add(v.value());
				}
			}
		}
		if (year != null) {
			ObjectNode comparison = root.putObject("comparison");
			comparison.put("year", year);
			ArrayNode bars = comparison.putArray("bars");
			for (IndicatorPage.Ranked r : ranking) {
				if (r.value().present()) {
					bars.addObject().put("name", r.area().name()).put("value", r.value().value());
				}
			}
			if (referencesInChart) {
				reference(comparison, "region", rows, regionValue);
				reference(comparison, "country", rows, countryValue);
			}
		}
		return json.writeValueAsString(root);
	}

	private static void reference(ObjectNode comparison, String key, List<Area> rows, IndicatorValue value) {
		if (value == null || !value.present()) {
			return;
		}
		String name = rows.stream().filter(a -> a.code().equals(value.areaCode())).map(Area::name).findFirst().orElse(key);
		comparison.putObject(key).put("name", name).put("value", value.value());
	}

	/** The choropleth's class and label per municipal SCB code, for map.js. */
	private String mapJson(List<IndicatorPage.Ranked> ranking, IndicatorRef indicator, int decimals, Locale locale) {
		ObjectNode root = json.createObjectNode();
		for (IndicatorPage.Ranked r : ranking) {
			if (r.value().present()) {
				root.putObject(r.area().code())
					.put("class", r.mapClass())
					.put("label", NumberText.withUnit(r.value().value(), decimals, indicator.unit(), locale));
			}
		}
		return json.writeValueAsString(root);
	}

}
