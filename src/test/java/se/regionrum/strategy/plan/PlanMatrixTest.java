package se.regionrum.strategy.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.platform.SystemUser;
import se.regionrum.strategy.StrategyFixtures;
import se.regionrum.strategy.plan.PlanViews.Matrix;
import se.regionrum.strategy.plan.PlanViews.Row;

/**
 * The planning-reality matrix: a municipality has a current plan of a type, only outdated ones,
 * or none, by the type's rule; counted per type. The demo data reproduces seed 003's "14 av 15
 * kommuner har aktuella serviceplaner" from stored plans.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StrategyFixtures.class)
class PlanMatrixTest {

	static final LocalDate DAY = LocalDate.of(2026, 11, 24);

	@Autowired
	StrategyFixtures data;

	@Autowired
	PlanService plans;

	@Autowired
	PlanTypeService types;

	@Autowired
	MockMvc mvc;

	PlanType fourYears;

	PlanType forever;

	private static Currency currency(Matrix matrix, String scbCode, String typeCode) {
		Row row = matrix.rows().stream().filter(r -> scbCode.equals(r.scbCode())).findFirst().orElseThrow();
		int column = matrix.types().stream().map(PlanType::code).toList().indexOf(typeCode);
		return row.cells().get(column).currency();
	}

	@Test
	void demoDataHasCurrentServicePlansInFourteenOfFifteenMunicipalities() throws Exception {
		data.dalarnaDemo();

		Matrix today = plans.matrix(DAY, "20");
		assertThat(today.rows()).hasSize(15);
		assertThat(today.countFor("SERVICEPLAN").current()).isEqualTo(14);
		assertThat(today.countFor("SERVICEPLAN").outdated()).isEqualTo(1);
		assertThat(today.countFor("SERVICEPLAN").missing()).isZero();
		assertThat(currency(today, "2061", "SERVICEPLAN")).isEqualTo(Currency.OUTDATED);
		assertThat(currency(today, "2080", "SERVICEPLAN")).isEqualTo(Currency.CURRENT);
		assertThat(currency(today, "2021", "ENERGIPLAN")).isEqualTo(Currency.OUTDATED);
		assertThat(currency(today, "2023", "ENERGIPLAN")).isEqualTo(Currency.MISSING);

		// At the end of the service programme's period (2016–2019) it was also 14 of 15: Avesta had none yet.
		Matrix endOf2019 = plans.matrix(LocalDate.of(2019, 12, 31), "20");
		assertThat(endOf2019.countFor("SERVICEPLAN").current()).isEqualTo(14);
		assertThat(currency(endOf2019, "2084", "SERVICEPLAN")).isEqualTo(Currency.MISSING);
		assertThat(currency(endOf2019, "2061", "SERVICEPLAN")).isEqualTo(Currency.CURRENT);

		mvc.perform(get("/api/v1/plans/matrix").param("county", "20").param("asOf", "2026-11-24"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counts[?(@.planType == 'SERVICEPLAN')].current").value(14))
			.andExpect(jsonPath("$.counts[?(@.planType == 'SERVICEPLAN')].municipalities").value(15))
			.andExpect(jsonPath("$.rows.length()").value(15));
	}

	@Test
	void classifiesEachMunicipalityByTheRuleOfThePlanType() {
		long a = data.municipality("9801", "Matristest A kommun");
		long b = data.municipality("9802", "Matristest B kommun");
		data.municipality("9803", "Matristest C kommun");
		long d = data.municipality("9804", "Matristest D kommun");
		long e = data.municipality("9805", "Matristest E kommun");
		long f = data.municipality("9806", "Matristest F kommun");
		fourYears = type("MATRIXTEST_FOUR", "Matristyp fyra år", 4);
		forever = type("MATRIXTEST_FOREVER", "Matristyp tills vidare", null);
		LocalDate asOf = LocalDate.of(2026, 6, 1);
		SystemUser.run(() -> {
			// A: a day less than four years old counts; an older one beside it does not matter
			plans.create(new PlanForm(a, fourYears.id(), "A ny", LocalDate.of(2022, 6, 2), null, "", ""));
			plans.create(new PlanForm(a, fourYears.id(), "A gammal", LocalDate.of(2010, 1, 1), null, "", ""));
			// B: exactly four years old has expired on its anniversary
			plans.create(new PlanForm(b, fourYears.id(), "B", LocalDate.of(2022, 6, 1), null, "", ""));
			// D: a plan's own end date wins over the rule, ending earlier ...
			plans.create(new PlanForm(d, fourYears.id(), "D", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 5, 31), "", ""));
			// E: ... or later
			plans.create(new PlanForm(e, fourYears.id(), "E", LocalDate.of(2018, 1, 1), LocalDate.of(2030, 12, 31), "", ""));
			// F: adopted after the day asked about, so it did not exist then
			plans.create(new PlanForm(f, fourYears.id(), "F", LocalDate.of(2026, 7, 1), null, "", ""));
			plans.create(new PlanForm(a, forever.id(), "A tills vidare", LocalDate.of(1990, 1, 1), null, "", ""));
		});

		Matrix matrix = plans.matrix(asOf, "98");
		assertThat(matrix.rows()).extracting(Row::scbCode)
			.containsExactly("9801", "9802", "9803", "9804", "9805", "9806");
		assertThat(List.of("9801", "9802", "9803", "9804", "9805", "9806"))
			.extracting(code -> currency(matrix, code, "MATRIXTEST_FOUR"))
			.containsExactly(Currency.CURRENT, Currency.OUTDATED, Currency.MISSING, Currency.OUTDATED, Currency.CURRENT,
					Currency.MISSING);
		assertThat(currency(matrix, "9801", "MATRIXTEST_FOREVER")).isEqualTo(Currency.CURRENT);
		var counts = matrix.countFor("MATRIXTEST_FOUR");
		assertThat(List.of(counts.current(), counts.outdated(), counts.missing(), counts.municipalities()))
			.containsExactly(2L, 2L, 2L, 6L);

		// The register's status filter uses the same rule, today.
		var current = plans.list(new PlanFilter(null, a, fourYears.id(), Currency.CURRENT, null, null), null, 0, 0);
		assertThat(current.items()).extracting(PlanViews.PlanSummary::title).isEmpty();
		var ownEndDate = plans.list(new PlanFilter(null, e, fourYears.id(), Currency.CURRENT, null, null), null, 0, 0);
		assertThat(ownEndDate.items()).extracting(PlanViews.PlanSummary::title).containsExactly("E");
	}

	private PlanType type(String code, String name, Integer years) {
		return SystemUser.call(() -> {
			PlanType existing = types.findByCode(code).orElse(null);
			PlanTypeForm form = new PlanTypeForm(code, name, "", "", "", years, 900, "Testtyp", true);
			return existing == null ? types.create(form) : types.update(existing.id(), form, null);
		});
	}

	@AfterEach
	void takeTestTypesOutOfUse() {
		for (PlanType type : new PlanType[] { fourYears, forever }) {
			if (type != null) {
				PlanType now = types.get(type.id());
				SystemUser.run(() -> types.update(now.id(), new PlanTypeForm(now.code(), now.name(), "", "", "",
						now.validityYears(), now.position(), now.description(), false), null));
			}
		}
	}

}
