package se.regionrum.indicators.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import se.regionrum.indicators.Area;
import se.regionrum.indicators.Areas;
import se.regionrum.indicators.Gender;
import se.regionrum.indicators.GoalIndicator;
import se.regionrum.indicators.IndicatorRef;
import se.regionrum.indicators.IndicatorSource;
import se.regionrum.indicators.IndicatorValue;
import se.regionrum.indicators.IndicatorsTestBase;
import se.regionrum.indicators.ValueStatus;

/**
 * The Dalarna demo: at least six indicators linked to the strategy's goals, values 2015–2024 for all 15
 * municipalities, the county and the country; SCB's population of 2024 as a real figure, the rest marked
 * as example values.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorDemoTest extends IndicatorsTestBase {

	static final List<String> DEMO = List.of("N01951", "N00914", "EFTERGYMN", "NYFTG", "BREDBAND100", "DAGVARA_TID",
			"FORNYBAR_ENERGI");

	@Autowired
	Areas areas;

	@Test
	void everyDemoIndicatorCoversTheCountyTheRegionAndTheCountry2015To2024() {
		List<String> expectedAreas = new java.util.ArrayList<>(
				areas.municipalitiesOfCounty("20").stream().map(Area::code).toList());
		assertThat(expectedAreas).hasSize(15);
		expectedAreas.add(Area.regionCode(areas.homeCountyCode()));
		expectedAreas.add(Area.COUNTRY);
		assertThat(areas.homeCountyCode()).isEqualTo("20");
		List<Integer> years = IntStream.rangeClosed(2015, 2024).boxed().toList();
		for (String code : DEMO) {
			long id = indicatorId(code);
			assertThat(indicators.years(id)).as(code).containsExactlyElementsOf(years);
			List<IndicatorValue> values = indicators.values(id, List.of(), Gender.T);
			assertThat(values.stream().map(IndicatorValue::areaCode).distinct().toList()).as(code)
				.containsExactlyInAnyOrderElementsOf(expectedAreas);
			assertThat(values).as(code).hasSize(17 * 10);
			assertThat(indicators.linksOfIndicator(id)).as(code).isNotEmpty();
		}
	}

	@Test
	void realFiguresAreTheOnlyOnesWithoutTheExampleMark() {
		long population = indicatorId("N01951");
		List<IndicatorValue> of2024 = indicators.valuesOfYear(population, 2024, Gender.T);
		assertThat(of2024).filteredOn(v -> !v.areaCode().equals(Area.COUNTRY)).allSatisfy(v -> assertThat(v.example()).isFalse());
		assertThat(of2024).filteredOn(v -> v.areaCode().equals("2080")).singleElement()
			.extracting(IndicatorValue::value).isEqualTo(59945.0);
		assertThat(indicators.valuesOfYear(population, 2015, Gender.T)).allSatisfy(v -> assertThat(v.example()).isTrue());
		long employment = indicatorId("N00914");
		assertThat(indicators.values(employment, List.of(), Gender.K)).hasSize(170).allSatisfy(v -> assertThat(v.example()).isTrue());
		assertThat(indicators.valuesOfYear(employment, 2024, Gender.T))
			.allSatisfy(v -> assertThat(v.status()).isEqualTo(ValueStatus.PROVISIONAL));
		assertThat(indicators.valuesOfYear(indicatorId("BREDBAND100"), 2015, Gender.T))
			.filteredOn(v -> v.status() == ValueStatus.MISSING).extracting(IndicatorValue::areaCode)
			.containsExactlyInAnyOrder("2039", "2021");
	}

	@Test
	void goalsCarryTargetsWithTargetYearsAndKoladaIdsAreKept() {
		assertThat(indicators.find(indicatorId("N00914"))).get().extracting(IndicatorRef::source, IndicatorRef::sourceId)
			.containsExactly(IndicatorSource.KOLADA, "N00914");
		assertThat(indicators.find(indicatorId("DAGVARA_TID"))).get().extracting(IndicatorRef::higherIsBetter).isEqualTo(false);
		List<GoalIndicator> targets = DEMO.stream().flatMap(c -> indicators.linksOfIndicator(indicatorId(c)).stream())
			.filter(GoalIndicator::hasTarget).toList();
		assertThat(targets).hasSizeGreaterThanOrEqualTo(5).allSatisfy(t -> assertThat(t.targetYear()).isBetween(2025, 2045));
		assertThat(indicators.linksOfGoals(List.of(goalId("1.1")))).extracting(GoalIndicator::indicatorId)
			.contains(indicatorId("N00914"), indicatorId("EFTERGYMN"));
	}

}
