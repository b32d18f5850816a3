package se.regionrum.indicators.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.regionrum.indicators.Areas;
import se.regionrum.indicators.CommutingFlow;
import se.regionrum.indicators.CommutingFlows;
import se.regionrum.indicators.Gender;

/** The demo flows loaded at start-up: Dalarna's municipalities and their neighbours, exempeldata, Falun–Borlänge strongest. */
@SpringBootTest
class FlowDemoDataTest {

	@Autowired
	CommutingFlows flows;

	@Autowired
	Areas areas;

	@Test
	void demoFlowsCoverDalarnaAndItsNeighboursWithFalunBorlangeStrongest() {
		assertThat(flows.years()).contains(2020, 2021, 2022, 2023);
		for (int year = 2020; year <= 2023; year++) {
			for (Gender gender : Gender.values()) {
				List<CommutingFlow> list = flows.flows(year, gender, 10);
				assertThat(list).as("%s %s", year, gender).isNotEmpty().allMatch(CommutingFlow::example);
				Set<String> pair = Set.of(list.get(0).homeCode(), list.get(0).workCode());
				assertThat(pair).as("strongest pair %s %s", year, gender).containsExactlyInAnyOrder("2080", "2081");
				Set<String> pair2 = Set.of(list.get(1).homeCode(), list.get(1).workCode());
				assertThat(pair2).containsExactlyInAnyOrder("2080", "2081");
			}
		}
		List<CommutingFlow> totals = flows.flows(2023, Gender.T, 1);
		Set<String> ends = totals.stream().flatMap(f -> java.util.stream.Stream.of(f.homeCode(), f.workCode()))
			.collect(Collectors.toSet());
		assertThat(ends).containsAll(areas.municipalitiesOfCounty("20").stream().map(a -> a.code()).toList());
		assertThat(ends).contains("2180", "2181", "2104", "2101", "2161", "1737", "1783", "1782", "1982", "1962", "1904", "1981",
				"2361", "2326", "NO");
		assertThat(totals).anyMatch(f -> f.homeCode().equals("2023") && f.workCode().equals("NO") && f.persons() > 100);
		// men and women add up to everyone
		for (CommutingFlow t : totals.subList(0, 10)) {
			int k = persons(2023, Gender.K, t.homeCode(), t.workCode());
			int m = persons(2023, Gender.M, t.homeCode(), t.workCode());
			assertThat(k + m).isEqualTo(t.persons());
		}
	}

	private int persons(int year, Gender gender, String home, String work) {
		return flows.flows(year, gender, 1).stream().filter(f -> f.homeCode().equals(home) && f.workCode().equals(work))
			.mapToInt(CommutingFlow::persons).findFirst().orElse(0);
	}

}
