package se.regionrum.followup.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import se.regionrum.actors.OrganisationRef;
import se.regionrum.followup.FollowupFixtures;
import se.regionrum.followup.FollowupTestBase;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/**
 * Municipal engagement: the counts per municipality from the dialogue, initiatives and strategy modules;
 * signed-in users only; counts, never names; the table sorts and exports, the map gets its features.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EngagementTest extends FollowupTestBase {

	@Autowired
	private EngagementService service;

	private EngagementRow row(long organisationId) {
		return SystemUser.call(() -> service.rows(null, false)).stream()
			.filter(r -> r.organisationId() == organisationId).findFirst().orElseThrow();
	}

	@Test
	void meetingsParticipantsRegistrationsInitiativesPracticeCasesAndResponsesCountPerMunicipality() throws Exception {
		OrganisationRef orsa = organisations.findByScbCode("2034").orElseThrow();
		EngagementRow before = row(orsa.id());
		FollowupFixtures fixtures = new FollowupFixtures(jdbc);
		String token = token();
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
		fixtures.meeting("Kommundialog " + token, orsa.id(), today.minusDays(30), false, orsa.id(), 3, 2);
		fixtures.meeting("Kommande dialog " + token, orsa.id(), today.plusDays(30), true, orsa.id(), 1, 0);
		// a meeting Falun organised that people from Orsa took part in (no attendance recorded: confirmed count)
		fixtures.meeting("Falundialog " + token, falun.id(), today.minusDays(10), true, orsa.id(), 2, 0);
		long region = organisations.findByName("Region Dalarna").orElseThrow().id();
		FollowupFixtures.StrategyGoals s = fixtures.strategy("Remitterad " + token, region, true, 2020, 1);
		fixtures.initiative("Orsainitiativ " + token, orsa.id(), orsa.id(), s.goalIds().get(0), "IDEA", false, true, 0, 0, 0);
		fixtures.consultation(s.strategyId(), s.goalIds(), List.of(orsa.id()), List.of("SUPPORTS"));

		EngagementRow after = row(orsa.id());
		assertThat(after.meetingsHeld() - before.meetingsHeld()).isEqualTo(2);
		assertThat(after.participants() - before.participants()).isEqualTo(4);
		assertThat(after.registrations() - before.registrations()).isEqualTo(6);
		assertThat(after.initiatives() - before.initiatives()).isEqualTo(1);
		assertThat(after.practiceCases() - before.practiceCases()).isEqualTo(1);
		assertThat(after.consultationResponses() - before.consultationResponses()).isEqualTo(1);
		assertThat(after.engaged()).isTrue();
		assertThat(after.score()).isGreaterThanOrEqualTo(6);

		var reader = authentication(TestAuthentication.reader());
		mvc.perform(get("/engagement").with(reader))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Orsa kommun")))
			.andExpect(content().string(not(containsString("Person Hemlig"))))
			.andExpect(content().string(not(containsString("hemlig0@example.org"))));
		mvc.perform(get("/engagement/export.csv").with(reader))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("scb_code")))
			.andExpect(content().string(containsString("2034")))
			.andExpect(content().string(not(containsString("Person Hemlig"))));
		mvc.perform(get("/api/v1/engagement").with(reader))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.scbCode == '2034')].participants").value(after.participants()))
			.andExpect(jsonPath("$[0].score").exists())
			.andExpect(jsonPath("$[0].engaged").exists());
		mvc.perform(get("/engagement/map.geojson").param("measure", "PARTICIPANTS").with(reader))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.features[?(@.properties.scbCode == '2034')].properties.population")
				.value(after.participants()));
	}

	@Test
	void theTableSortsByAMeasure() throws Exception {
		var reader = authentication(TestAuthentication.reader());
		mvc.perform(get("/engagement").param("sort", "PARTICIPANTS").param("dir", "desc").with(reader))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-sort=\"descending\"")));
		List<EngagementRow> rows = SystemUser.call(() -> service.rows(EngagementMeasure.SCORE, true));
		for (int i = 1; i < rows.size(); i++) {
			assertThat(rows.get(i - 1).score()).isGreaterThanOrEqualTo(rows.get(i).score());
		}
	}

	@Test
	void editorsSeeThePageInEnglishToo() throws Exception {
		mvc.perform(get("/engagement").param("lang", "en").with(authentication(TestAuthentication.editorOf(falun.id()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Municipal engagement")))
			.andExpect(content().string(containsString("Consultation responses")))
			.andExpect(content().string(not(containsString("??dashboard"))));
	}

	@Test
	void visitorsWhoAreNotSignedInSeeNoEngagementFigures() throws Exception {
		mvc.perform(get("/engagement")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/engagement/export.csv")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/engagement/map.geojson")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/engagement")).andExpect(status().isUnauthorized());
	}

	@Test
	void aMunicipalityWithOnlyItsOwnPlansIsNotYetEngaged() {
		EngagementRow plansOnly = new EngagementRow(1, "Orsa kommun", "2034", 0, 0, 0, 0, 0, 3, 0);
		assertThat(plansOnly.engaged()).isFalse();
		assertThat(plansOnly.score()).isEqualTo(1);
		assertThat(new EngagementRow(1, "Orsa kommun", "2034", 0, 0, 1, 0, 0, 0, 0).engaged()).isTrue();
		assertThat(EngagementService.breaks(EngagementMeasure.PARTICIPANTS,
				List.of(new EngagementRow(1, "A", "1", 0, 41, 0, 0, 0, 0, 0)))).containsExactly(1, 11, 21, 31);
		assertThat(EngagementService.legend(List.of(1, 3, 5, 7))).hasSize(5);
	}

}
