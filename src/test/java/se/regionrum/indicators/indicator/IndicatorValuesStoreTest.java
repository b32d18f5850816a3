package se.regionrum.indicators.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import se.regionrum.indicators.Area;
import se.regionrum.indicators.AreaKind;
import se.regionrum.indicators.Areas;
import se.regionrum.indicators.Gender;
import se.regionrum.indicators.IndicatorValue;
import se.regionrum.indicators.Indicators;
import se.regionrum.indicators.ValueStatus;

/** Values are stored, replaced and read back the same way on H2 and PostgreSQL. */
@SpringBootTest
@Transactional
class IndicatorValuesStoreTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IndicatorValueQueries writer;

	@Autowired
	Indicators indicators;

	@Autowired
	Areas areas;

	@Test
	void writesReplacesAndReadsValues() {
		long id = jdbc.sql("""
				insert into indicator (code, name, unit, source, source_id, higher_is_better, created_at, updated_at)
				values ('TEST_STORE', 'Testtal', 'antal', 'KOLADA', 'N00000', true, current_timestamp, current_timestamp)""")
			.update() > 0 ? jdbc.sql("select id from indicator where code = 'TEST_STORE'").query(Long.class).single() : -1;

		writer.mergeValues(List.of(new IndicatorValue(id, "2080", 2020, Gender.T, 10.5, ValueStatus.FINAL, false),
				new IndicatorValue(id, "2080", 2021, Gender.T, null, ValueStatus.MISSING, false),
				new IndicatorValue(id, "2080", 2021, Gender.K, 4.0, ValueStatus.PROVISIONAL, true)));
		writer.mergeValues(List.of(new IndicatorValue(id, "2080", 2020, Gender.T, 11.0, ValueStatus.FINAL, false)));

		var series = indicators.series(List.of(id), "2080", Gender.T).get(id);
		assertThat(series).extracting(IndicatorValue::year, IndicatorValue::value, IndicatorValue::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2020, 11.0, ValueStatus.FINAL),
					org.assertj.core.groups.Tuple.tuple(2021, null, ValueStatus.MISSING));
		assertThat(indicators.valuesOfYear(id, 2021, Gender.K)).singleElement()
			.satisfies(v -> assertThat(v.example()).isTrue());
		assertThat(indicators.years(id)).containsExactly(2020, 2021);
	}

	@Test
	void knowsEveryMunicipalityRegionAndTheCountry() {
		assertThat(areas.all()).filteredOn(Area::municipality).hasSize(290);
		assertThat(areas.find("0020")).get().extracting(Area::name).isEqualTo("Dalarnas län");
		assertThat(areas.find(Area.COUNTRY)).get().extracting(Area::kind).isEqualTo(AreaKind.COUNTRY);
		assertThat(areas.municipalitiesOfCounty("20")).hasSize(15).first().extracting(Area::name).isEqualTo("Avesta");
	}

}
