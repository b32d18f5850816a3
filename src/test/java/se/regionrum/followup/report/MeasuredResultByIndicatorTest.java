package se.regionrum.followup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;

import se.regionrum.followup.FollowupFixtures;
import se.regionrum.followup.FollowupTestBase;
import se.regionrum.followup.programme.Measure;
import se.regionrum.followup.programme.MeasureKind;
import se.regionrum.followup.programme.Programme;
import se.regionrum.followup.programme.ProgrammeCommand;
import se.regionrum.followup.programme.ProgrammeKind;
import se.regionrum.followup.programme.ProgrammeStatus;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/**
 * A programme's measured result may cite an indicator: the final report shows the region's values in the
 * first and latest year of the programme's period with the change; the form offers the indicators.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MeasuredResultByIndicatorTest extends FollowupTestBase {

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	/** Region Dalarna's values 2014–2021; the programme runs 2016–2019. */
	private long indicator(String token) {
		String county = jdbc.sql("select county_code from organisation where id = ?").param(falun.id()).query(String.class)
			.single();
		FollowupFixtures fixtures = new FollowupFixtures(jdbc);
		long id = fixtures.indicator("SERV" + token, "Andel med dagligvarubutik inom 10 km " + token, true, "00" + county,
				2014, 90.0, 91.0, 92.5, 93.0, 94.0, 95.5, 96.0, 97.0);
		// another area's values must not count
		jdbc.sql("insert into indicator_value (indicator_id, area_code, value_year, gender, amount) values (?, '2080', 2016, 'T', 10)")
			.param(id).update();
		return id;
	}

	private Programme programme(String name, List<Measure> measures) {
		return SystemUser.call(() -> programmes.create(new ProgrammeCommand(ProgrammeKind.PROGRAMME, name, "Sammanfattning",
				"Syfte", null, LocalDate.of(2016, 1, 1), LocalDate.of(2019, 12, 31), ProgrammeStatus.COMPLETED, falun.id(),
				null, null, null, true, List.of(), List.of(), List.of(), List.of(), measures, List.of())));
	}

	@Test
	void theReportShowsTheIndicatorsFirstAndLatestValueInThePeriodWithTheChange() throws Exception {
		String token = token();
		long indicator = indicator(token);
		Programme p = programme("Serviceprogram " + token, List.of(new Measure(MeasureKind.INDICATOR, null, indicator),
				new Measure(MeasureKind.FUNDING_GRANTED, null)));
		assertThat(SystemUser.call(() -> programmes.measures(p.id()))).first()
			.isEqualTo(new Measure(MeasureKind.INDICATOR, null, indicator));

		LocaleContextHolder.setLocale(Locale.forLanguageTag("sv"));
		FinalReport report = SystemUser.call(() -> reports.report(p.id(), ReportOptions.all()));
		assertThat(report.measured()).hasSize(2).first().satisfies(m -> {
			assertThat(m.text()).startsWith("Andel med dagligvarubutik inom 10 km " + token)
				.contains("92,5 antal år 2016").contains("95,5 antal år 2019").contains("+3,0");
			assertThat(m.source()).startsWith("Indikatorer:");
		});

		String page = mvc.perform(get("/programmes/{id}/report", p.id())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("92,5 antal år 2016").contains("en förändring med +3,0 antal");
		String english = mvc.perform(get("/programmes/{id}/report", p.id()).param("lang", "en")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).contains("92.5 antal in 2016").contains("a change of +3.0 antal");
	}

	@Test
	void aPeriodWithoutValuesSaysSo() {
		String token = token();
		FollowupFixtures fixtures = new FollowupFixtures(jdbc);
		long indicator = fixtures.indicator("TOM" + token, "Utan värden " + token, true, "0020", 2022, 1.0);
		Programme p = programme("Tomt " + token, List.of(new Measure(MeasureKind.INDICATOR, null, indicator)));
		LocaleContextHolder.setLocale(Locale.forLanguageTag("sv"));
		FinalReport report = SystemUser.call(() -> reports.report(p.id(), ReportOptions.all()));
		assertThat(report.measured()).singleElement().satisfies(m -> assertThat(m.text()).contains("inga värden för åren 2016–2019"));
	}

	@Test
	void theFormOffersTheIndicatorsAndNeedsOneForTheKind() throws Exception {
		String token = token();
		long indicator = indicator(token);
		var admin = authentication(TestAuthentication.admin());
		String form = mvc.perform(get("/programmes/new").with(admin)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("name=\"indicatorId\"").contains("value=\"" + indicator + "\"")
			.contains("value=\"INDICATOR\"");

		String name = "Formulärprogram " + token;
		String page = mvc.perform(post("/programmes/new").with(admin).with(csrf()).param("kind", "PROJECT").param("name", name)
			.param("startDate", "2016-01-01").param("endDate", "2019-12-31").param("status", "ONGOING")
			.param("ownerOrganisationId", String.valueOf(falun.id())).param("measureKinds", "INDICATOR"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Välj en indikator för resultatet som hänvisar till en indikator.")
			.contains("href=\"#indicatorId\"");
		assertThat(jdbc.sql("select count(*) from programme where name = ?").param(name).query(Long.class).single()).isZero();

		mvc.perform(post("/programmes/new").with(admin).with(csrf()).param("kind", "PROJECT").param("name", name)
			.param("startDate", "2016-01-01").param("endDate", "2019-12-31").param("status", "ONGOING")
			.param("ownerOrganisationId", String.valueOf(falun.id())).param("measureKinds", "INDICATOR")
			.param("indicatorId", String.valueOf(indicator))).andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from programme where name = ?").param(name).query(Long.class).single();
		assertThat(jdbc.sql("select indicator_id from programme_measure where programme_id = ?").param(id).query(Long.class)
			.single()).isEqualTo(indicator);
		String edit = mvc.perform(get("/programmes/{id}/edit", id).with(admin)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(edit).containsPattern("value=\"" + indicator + "\"\\s+selected");
	}

	@Test
	void theApiTakesTheIndicatorAndRefusesAnUnknownOne() throws Exception {
		String token = token();
		long indicator = indicator(token);
		var admin = authentication(TestAuthentication.admin());
		String json = """
				{"kind":"PROJECT","name":"%s","startDate":"2016-01-01","endDate":"2019-12-31","status":"ONGOING",
				 "ownerOrganisationId":%d,"published":true,"measures":[{"kind":"INDICATOR","indicatorId":%d}]}""";
		mvc.perform(post("/api/v1/programmes").with(admin).contentType(MediaType.APPLICATION_JSON)
			.content(json.formatted("API " + token, falun.id(), indicator)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.measures[0].indicatorId").value(indicator));
		mvc.perform(post("/api/v1/programmes").with(admin).contentType(MediaType.APPLICATION_JSON)
			.content(json.formatted("API okänd " + token, falun.id(), 987_654_321L)))
			.andExpect(status().isBadRequest());
	}

}
