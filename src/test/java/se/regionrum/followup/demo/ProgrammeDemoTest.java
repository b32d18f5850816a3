package se.regionrum.followup.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import se.regionrum.followup.FollowupTestBase;
import se.regionrum.followup.programme.ProgrammeFilter;
import se.regionrum.followup.report.FinalReport;
import se.regionrum.followup.report.ReportOptions;
import se.regionrum.platform.SystemUser;

/** The Dalarna demo reproduces the final report of seed 003 and the set-up of Dalametoden steg 2 (seed 000). */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeDemoTest extends FollowupTestBase {

	long seed003;

	@BeforeEach
	void demo() {
		seed003 = demoProgrammeId();
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void municipalitiesOfAnotherCountyDoNotChangeTheRegionsFigure() {
		jdbc.sql("insert into organisation (name, kind, scb_code, county_code, created_at, updated_at)"
				+ " values ('Kommun i ett annat län', 'MUNICIPALITY', '0999', '09', current_timestamp, current_timestamp)")
			.update();
		try {
			org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("sv"));
			FinalReport report = SystemUser.call(() -> reports.report(seed003, ReportOptions.all()));
			assertThat(report.measured()).singleElement()
				.satisfies(m -> assertThat(m.text()).isEqualTo("14 av 15 kommuner har aktuella serviceplaner"));
		}
		finally {
			jdbc.sql("delete from organisation where name = 'Kommun i ett annat län'").update();
		}
	}

	@org.junit.jupiter.api.AfterEach
	void resetLocale() {
		org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void theServiceProgrammeReportHasTheFiguresOfSeed003() {
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("sv"));
		FinalReport report = SystemUser.call(() -> reports.report(seed003, ReportOptions.all()));
		assertThat(report.areas()).extracting(FinalReport.Area::name).containsExactly("Servicelösningar i samverkan",
				"Risk och konsekvensanalyser", "Omvärldsbevakning", "Lärande och kunskapsöverföring",
				"Information och kommunikation");
		assertThat(report.costs().total()).isEqualTo(3_443_000L);
		assertThat(report.costs().years()).containsExactly(2016, 2017, 2018, 2019);
		assertThat(report.costs().kinds()).containsExactly("Personal", "Externa tjänster", "Resor", "Lokaler", "Övrigt");
		assertThat(report.partners()).extracting(FinalReport.PartnerLine::name).contains("Tillväxtverket",
				"Björbo Intresseförening", "Coompanion Dalarna", "Föreningen Lokal Mat", "Mora kommun", "Ludvika kommun",
				"Falu kommun", "Länsstyrelsen Dalarna");
		assertThat(report.results()).hasSize(4);
		assertThat(report.measured()).singleElement().satisfies(m -> {
			assertThat(m.text()).isEqualTo("14 av 15 kommuner har aktuella serviceplaner");
			assertThat(m.asOf()).isEqualTo(java.time.LocalDate.of(2019, 12, 31));
			assertThat(m.source()).contains("Planregistret");
			assertThat(m.computedAt()).isNotNull();
		});
		assertThat(report.lessons()).hasSize(4).first().asString().startsWith("Att det är de lokala förutsättningarna");
		assertThat(report.dissemination()).startsWith("Projektresultatet har spridits på en slutkonferens");
		assertThat(report.contact()).isNotNull();
		assertThat(report.contact().email()).endsWith("@example.org");
	}

	@Test
	void theReportPageShowsTheTotalSwedishStyle() throws Exception {
		String page = mvc.perform(get("/programmes/{id}/report", seed003)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("3\u00a0443\u00a0000\u00a0kr").contains("Summa utgifter").contains("Samarbetsparter")
			.contains("Lärdomar").contains("Spridning till andra").contains("14 av 15 kommuner har aktuella serviceplaner");
		String budgetless = mvc.perform(get("/programmes/{id}/report", seed003).param("budget", "false")
			.param("activities", "false")).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(budgetless).contains("3\u00a0443\u00a0000\u00a0kr").doesNotContain("<tfoot>").doesNotContain("Studieresa");
		String english = mvc.perform(get("/programmes/{id}/report", seed003).param("lang", "en")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(english).contains("Total expenditure").contains("14 of 15 municipalities have current");
		String year2017 = mvc.perform(get("/programmes/{id}/report", seed003).param("fromYear", "2017").param("toYear", "2017"))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(year2017).contains("880\u00a0000\u00a0kr");
	}

	@Test
	void listsFilterAndExportAsCsv() throws Exception {
		long goal = SystemUser.call(() -> programmes.goalIds(seed003)).get(0);
		assertThat(programmes.list(new ProgrammeFilter(null, 2017, null, goal, "name", "asc")))
			.anyMatch(p -> p.id() == seed003);
		assertThat(programmes.list(new ProgrammeFilter(se.regionrum.followup.programme.ProgrammeStatus.PLANNED, null, null,
				null, null, null))).noneMatch(p -> p.id() == seed003);
		String list = mvc.perform(get("/programmes/export.csv").param("year", "2018")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(list).startsWith("\uFEFFid;kind;name;status").contains(SEED_003 + ";COMPLETED").contains(";3443000\r\n");
		String costs = mvc.perform(get("/programmes/{id}/costs.csv", seed003)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(costs.lines()).hasSize(21);
		String activities = mvc.perform(get("/programmes/{id}/activities.csv", seed003)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(activities.lines()).hasSize(10);
		assertThat(activities).contains("Risk och konsekvensanalyser;SEMINAR");
		mvc.perform(get("/programmes").param("year", "tjugo")).andExpect(result ->
				assertThat(result.getResponse().getStatus()).isLessThan(500));
	}

	@Test
	void dalametodenHasItsConferencesPracticeCasesAndMidTermEvaluation() throws Exception {
		long id = programmes.list(ProgrammeFilter.none()).stream().filter(p -> p.name().equals("Dalametoden steg 2"))
			.findFirst().orElseThrow().id();
		SystemUser.run(() -> {
			assertThat(programmes.outcomeIds(id)).isNotEmpty();
			assertThat(evaluationService.evaluations(id)).singleElement()
				.satisfies(e -> assertThat(e.kind().name()).isEqualTo("MIDTERM"));
			List<String> titles = activityService.activities(id).stream().map(a -> a.title()).toList();
			if (jdbc.sql("select count(*) from meeting where title like 'Dalametoden steg 2:%'").query(Long.class).single() > 0) {
				assertThat(titles).contains("Dalametoden steg 2: dialogkonferens i halvtid");
			}
			if (jdbc.sql("select count(*) from meeting_series where title like 'Dalalab:%'").query(Long.class).single() > 0) {
				assertThat(titles).contains("Dalalab: Hållbara samhällen runt stora etableringar och expansion");
				assertThat(evaluationService.surveyIds(evaluationService.evaluations(id).get(0).id())).hasSize(1);
			}
		});
		if (jdbc.sql("select count(*) from survey where title = 'Halvtidsutvärdering: Dalametoden steg 2'").query(Long.class).single() > 0) {
			String page = mvc.perform(get("/programmes/{id}", id).with(org.springframework.security.test.web.servlet.request
				.SecurityMockMvcRequestPostProcessors.authentication(se.regionrum.platform.TestAuthentication.reader())))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			// The survey's answers ranked by frequency: the most frequent first.
			assertThat(page).contains("Halvtidsutvärdering: Dalametoden steg 2");
			assertThat(page.indexOf("Fler kommundialoger på plats")).isPositive()
				.isLessThan(page.indexOf("Politiker behöver delta"));
		}
	}

}
