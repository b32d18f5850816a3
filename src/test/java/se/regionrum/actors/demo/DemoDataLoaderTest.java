package se.regionrum.actors.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import se.regionrum.actors.Organisations;
import se.regionrum.actors.boundary.BoundaryImportService;
import se.regionrum.actors.boundary.BoundaryQueries;
import se.regionrum.actors.organisation.OrganisationService;
import se.regionrum.actors.person.PersonQueries;
import se.regionrum.actors.workinggroup.WorkingGroupQueries;
import se.regionrum.platform.AuditLog;
import se.regionrum.platform.demo.DemoDataRunner;

/**
 * The Dalarna data set: the loader ran at start-up (the database was empty, or had it already);
 * loading again, as regionrum.demo.mode=always does at every start, adds nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoDataLoaderTest {

	/** SCB code → name and population at 31 December 2024 (SCB). */
	static final Map<String, List<Object>> MUNICIPALITIES = Map.ofEntries(
			Map.entry("2021", List.of("Vansbro kommun", 6752, "Vansbro")),
			Map.entry("2023", List.of("Malung-Sälens kommun", 10254, "Malung")),
			Map.entry("2026", List.of("Gagnefs kommun", 10384, "Djurås")),
			Map.entry("2029", List.of("Leksands kommun", 16137, "Leksand")),
			Map.entry("2031", List.of("Rättviks kommun", 10998, "Rättvik")),
			Map.entry("2034", List.of("Orsa kommun", 6851, "Orsa")),
			Map.entry("2039", List.of("Älvdalens kommun", 6882, "Älvdalen")),
			Map.entry("2061", List.of("Smedjebackens kommun", 10823, "Smedjebacken")),
			Map.entry("2062", List.of("Mora kommun", 20540, "Mora")),
			Map.entry("2080", List.of("Falu kommun", 59945, "Falun")),
			Map.entry("2081", List.of("Borlänge kommun", 51425, "Borlänge")),
			Map.entry("2082", List.of("Säters kommun", 11223, "Säter")),
			Map.entry("2083", List.of("Hedemora kommun", 15281, "Hedemora")),
			Map.entry("2084", List.of("Avesta kommun", 22417, "Avesta")),
			Map.entry("2085", List.of("Ludvika kommun", 26634, "Ludvika")));

	@Autowired
	DemoDataLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void loadsTheFifteenMunicipalitiesOfDalarnaWithCodesPopulationsTownsAndBoundaries() {
		loader.load();

		var rows = jdbc.sql("""
				select o.scb_code, o.name, o.population, o.population_year, o.central_town, o.town_latitude,
				       o.town_longitude, b.organisation_id boundary
				from organisation o left join municipal_boundary b on b.organisation_id = o.id
				where o.kind = 'MUNICIPALITY' and o.county_code = '20'""")
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
					rs.getString(5), rs.getDouble(6), rs.getDouble(7), rs.getObject(8) })
			.list();

		assertThat(rows).hasSize(15);
		for (Object[] row : rows) {
			List<Object> expected = MUNICIPALITIES.get((String) row[0]);
			assertThat(expected).as("SCB code %s", row[0]).isNotNull();
			assertThat(row[1]).isEqualTo(expected.get(0));
			assertThat(row[2]).as("population of %s", row[1]).isEqualTo(expected.get(1));
			assertThat(row[3]).isEqualTo(2024);
			assertThat(row[4]).isEqualTo(expected.get(2));
			assertThat((Double) row[5]).isBetween(59.8, 61.9);
			assertThat((Double) row[6]).isBetween(12.0, 16.8);
			assertThat(row[7]).as("boundary of %s", row[1]).isNotNull();
		}
		assertThat(jdbc.sql("select kind, county_code from organisation where name = 'Region Dalarna'")
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2)))
			.single()).isEqualTo(tuple("REGION", "20"));
	}

	@Test
	void loadsPeopleAndTheWorkingGroupsOfTheServiceProgrammeAndDalalab() {
		loader.load();

		assertThat(jdbc.sql("select count(*) from person where email like '%@example.org'").query(Long.class).single())
			.isGreaterThanOrEqualTo(20);
		assertThat(jdbc.sql("select count(*) from person where email is not null and email not like '%@example.org'")
			.query(Long.class)
			.single()).as("no real person").isZero();
		assertThat(jdbc.sql("""
				select g.kind, o.name, g.started_on, g.ended_on from working_group g
				join organisation o on o.id = g.owner_organisation_id
				where g.name = 'Arbetsgruppen för Dalarnas regionala serviceprogram'""")
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getDate(3).toString(), rs.getDate(4).toString()))
			.single()).isEqualTo(tuple("WORKING_GROUP", "Region Dalarna", "2016-01-01", "2019-12-31"));
		assertThat(jdbc.sql("""
				select distinct o.name from working_group_member m
				join working_group g on g.id = m.working_group_id join organisation o on o.id = m.organisation_id
				where g.name = 'Arbetsgruppen för Dalarnas regionala serviceprogram'""")
			.query(String.class)
			.list()).contains("Region Dalarna", "Mora kommun", "Ludvika kommun", "Falu kommun", "Länsstyrelsen Dalarna",
					"Tillväxtverket", "Coompanion Dalarna", "Björbo Intresseförening", "Föreningen Lokal Mat");
		assertThat(jdbc.sql("""
				select o.name from working_group_member m
				join working_group g on g.id = m.working_group_id join organisation o on o.id = m.organisation_id
				where g.name = 'Arbetsgruppen för Dalarnas regionala serviceprogram' and m.role = 'PROCESS_LEADER'""")
			.query(String.class)
			.list()).containsExactly("Region Dalarna");
		assertThat(jdbc.sql("select kind from working_group where name = 'Dalalab'").query(String.class).single())
			.isEqualTo("NETWORK");
	}

	@Test
	void loadingAgainAddsNothing() {
		loader.load();
		List<Long> before = counts();

		DemoDataLoader.Result again = loader.load();

		assertThat(again.organisations()).isZero();
		assertThat(again.people()).isZero();
		assertThat(again.workingGroups()).isZero();
		assertThat(again.members()).isZero();
		assertThat(again.boundaries()).isNull();
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void modeAlwaysAtStartUpIsIdempotentAndModeNeverLoadsNothing() {
		loader.load();
		List<Long> before = counts();

		for (DemoProperties.Mode mode : List.of(DemoProperties.Mode.ALWAYS, DemoProperties.Mode.ALWAYS,
				DemoProperties.Mode.IF_EMPTY, DemoProperties.Mode.NEVER)) {
			new DemoDataRunner(mode.name(), List.of(loaderWith(new DemoProperties(mode, "dalarna")))).load();
			assertThat(counts()).as("after mode %s", mode).isEqualTo(before);
		}
	}

	@Test
	void settingsDefaultToIfEmptyAndDalarna() {
		DemoProperties defaults = new DemoProperties(null, " ");

		assertThat(defaults.mode()).isEqualTo(DemoProperties.Mode.IF_EMPTY);
		assertThat(defaults.location()).isEqualTo("classpath:demo/dalarna/");
		assertThat(new DemoProperties(null, "file:/srv/demo/jamtland").location()).isEqualTo("file:/srv/demo/jamtland/");
		assertThat(context.getBean(DemoProperties.class).dataset()).isEqualTo("dalarna");
	}

	private DemoDataLoader loaderWith(DemoProperties properties) {
		return new DemoDataLoader(properties, context.getBean(OrganisationService.class),
				context.getBean(BoundaryImportService.class), context.getBean(Organisations.class),
				context.getBean(PersonQueries.class), context.getBean(WorkingGroupQueries.class),
				context.getBean(BoundaryQueries.class), context.getBean(Validator.class),
				context.getBean(AuditLog.class), context, context.getBean(PlatformTransactionManager.class));
	}

	private List<Long> counts() {
		return List.of("organisation", "person", "person_sector", "working_group", "working_group_member",
				"municipal_boundary")
			.stream()
			.map(table -> jdbc.sql("select count(*) from " + table).query(Long.class).single())
			.toList();
	}

}
