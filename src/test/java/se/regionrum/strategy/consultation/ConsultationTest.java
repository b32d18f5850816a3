package se.regionrum.strategy.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.actors.OrganisationKind;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;
import se.regionrum.strategy.GoalLevel;
import se.regionrum.strategy.StrategyFixtures;
import se.regionrum.strategy.StrategyKind;
import se.regionrum.strategy.StrategyStatus;
import se.regionrum.strategy.consultation.ConsultationViews.ChangeKind;
import se.regionrum.strategy.consultation.ConsultationViews.ConsensusRow;
import se.regionrum.strategy.consultation.ConsultationViews.DiffType;
import se.regionrum.strategy.consultation.ConsultationViews.GoalChange;
import se.regionrum.strategy.goal.Goal;
import se.regionrum.strategy.goal.GoalForm;
import se.regionrum.strategy.goal.GoalService;
import se.regionrum.strategy.strategy.Strategy;
import se.regionrum.strategy.strategy.StrategyForm;
import se.regionrum.strategy.strategy.StrategyService;

/**
 * A consultation of a draft: invited organisations answer with a stance per goal and the
 * consensus is counted per goal; anyone comments in the open mailbox while it is open; the
 * adopted version is compared with the draft.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StrategyFixtures.class)
class ConsultationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StrategyFixtures data;

	@Autowired
	StrategyService strategies;

	@Autowired
	GoalService goals;

	@Autowired
	ConsultationService consultations;

	long region;

	long[] organisations = new long[5];

	Strategy strategy;

	Goal agreed;

	Goal disputed;

	Consultation consultation;

	@BeforeEach
	void openConsultation() {
		region = data.organisation("Remisstest region", OrganisationKind.REGION, "96");
		for (int i = 0; i < organisations.length; i++) {
			organisations[i] = data.municipality("960" + (i + 1), "Remisstest kommun " + (i + 1));
		}
		LocalDate today = consultations.today();
		SystemUser.run(() -> {
			strategy = strategies.create(new StrategyForm("Remisstest strategi " + System.nanoTime(), StrategyKind.REGIONAL,
					region, 2027, 2035, StrategyStatus.CONSULTATION, null, "", "", true));
			Goal area = goals.add(strategy.id(), new GoalForm(GoalLevel.GOAL_AREA, null, "", "Tillgänglighet", "", List.of()));
			agreed = goals.add(strategy.id(), new GoalForm(GoalLevel.GOAL, area.id(), "", "Service i hela länet", "", List.of()));
			disputed = goals.add(strategy.id(), new GoalForm(GoalLevel.GOAL, area.id(), "", "Tåg i södra länet",
					"Satsa på stråket i söder.", List.of()));
			consultation = consultations.create(new ConsultationForm(strategy.id(), "Remisstest " + System.nanoTime(), "",
					today.minusDays(5), today.plusDays(30), ""));
			consultations.invite(consultation.id(), List.of(organisations[0], organisations[1], organisations[2],
					organisations[3], organisations[4]));
		});
	}

	private void respond(int organisation, Stance onAgreed, Stance onDisputed) {
		SystemUser.run(() -> consultations.respond(consultation.id(), organisations[organisation],
				new ResponseForm("Svar", List.of(new ResponseForm.StanceEntry(agreed.id(), onAgreed, ""),
						new ResponseForm.StanceEntry(disputed.id(), onDisputed, "Motivering " + organisation)))));
	}

	@Test
	void countsTheStancesPerGoalAndJudgesTheConsensus() {
		respond(0, Stance.SUPPORTS, Stance.SUPPORTS);
		respond(1, Stance.SUPPORTS, Stance.OPPOSES);
		respond(2, Stance.SUPPORTS, Stance.OPPOSES);
		respond(3, Stance.NO_VIEW, Stance.SUPPORTS_WITH_CHANGES);
		// answering again replaces the earlier response
		respond(3, Stance.SUPPORTS, Stance.SUPPORTS_WITH_CHANGES);

		var consensus = consultations.consensus(consultation.id());
		assertThat(consensus.invited()).isEqualTo(5);
		assertThat(consensus.responses()).isEqualTo(4);
		assertThat(consensus.rows()).extracting(r -> r.goal().goalId(), ConsensusRow::supports,
				ConsensusRow::supportsWithChanges, ConsensusRow::opposes, ConsensusRow::noView, ConsensusRow::notAnswered,
				ConsensusRow::agreement)
			.containsExactly(tuple(consensus.rows().get(0).goal().goalId(), 0L, 0L, 0L, 0L, 4L, Agreement.NO_STANCES),
					tuple(agreed.id(), 4L, 0L, 0L, 0L, 0L, Agreement.CONSENSUS),
					tuple(disputed.id(), 1L, 1L, 2L, 0L, 0L, Agreement.DIVIDED));
		assertThat(consensus.rows().get(2).stances()).extracting(s -> s.stance()).containsExactly(Stance.SUPPORTS,
				Stance.SUPPORTS_WITH_CHANGES, Stance.OPPOSES, Stance.OPPOSES);
		assertThat(Agreement.of(3, 0, 1)).isEqualTo(Agreement.CONTESTED);
		assertThat(Agreement.of(2, 1, 0)).isEqualTo(Agreement.SUPPORT_WITH_CHANGES);
	}

	@Test
	void theConsensusPageAndApiShowTheCounts() throws Exception {
		respond(0, Stance.SUPPORTS, Stance.OPPOSES);
		String html = mvc.perform(get("/consultations/{id}/consensus", consultation.id())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Samsyn per mål").contains("Enighet").contains("Oenighet");
		mvc.perform(get("/api/v1/consultations/{id}/consensus", consultation.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.responses").value(1))
			.andExpect(jsonPath("$.rows[2].opposes").value(1))
			.andExpect(jsonPath("$.rows[2].agreement").value("DIVIDED"));
	}

	@Test
	void anyoneMayCommentInTheOpenMailboxWithTheCsrfToken() throws Exception {
		mvc.perform(post("/consultations/{id}/comments", consultation.id()).with(csrf())
			.param("goalId", String.valueOf(disputed.id()))
			.param("body", "Glöm inte inlandet!")
			.param("authorName", "Alex Exempel")
			.param("authorEmail", "alex@example.org"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/consultations/{id}/comments", consultation.id()).param("body", "Utan token"))
			.andExpect(status().isForbidden());
		String page = mvc.perform(post("/consultations/{id}/comments", consultation.id()).with(csrf()).param("body", " ")
			.param("authorEmail", "inte-en-adress"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Skriv din synpunkt.").contains("Ange en giltig e-postadress.");

		var stored = SystemUser.call(() -> consultations.comments(consultation.id()));
		assertThat(stored).extracting(ConsultationComment::body, ConsultationComment::authorEmail)
			.containsExactly(tuple("Glöm inte inlandet!", "alex@example.org"));
		// readers see the comment but not the e-mail address; anonymous visitors only the count
		mvc.perform(get("/api/v1/consultations/{id}/comments", consultation.id())
			.with(authentication(TestAuthentication.reader())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].body").value("Glöm inte inlandet!"))
			.andExpect(jsonPath("$[0].authorEmail").doesNotExist());
		mvc.perform(get("/api/v1/consultations/{id}/comments", consultation.id())).andExpect(status().isUnauthorized());
		String anonymous = mvc.perform(get("/consultations/{id}", consultation.id())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(anonymous).doesNotContain("Glöm inte inlandet!").doesNotContain("alex@example.org");
	}

	@Test
	void theMailboxIsClosedOutsideTheConsultationPeriod() throws Exception {
		LocalDate today = consultations.today();
		Consultation closed = SystemUser.call(() -> consultations.create(new ConsultationForm(strategy.id(),
				"Avslutad remisstest " + System.nanoTime(), "", today.minusDays(60), today.minusDays(1), "")));
		String page = mvc.perform(post("/consultations/{id}/comments", closed.id()).with(csrf()).param("body", "För sent"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Remisstiden är slut och brevlådan är stängd.");
		assertThat(consultations.commentCount(closed.id())).isZero();
	}

	@Test
	void organisationsAnswerOnlyForThemselvesAndOnlyWhenInvited() throws Exception {
		String body = "{\"summary\": \"Svar\", \"stances\": [{\"goalId\": " + agreed.id() + ", \"stance\": \"SUPPORTS\"}]}";
		mvc.perform(put("/api/v1/consultations/{id}/responses/{org}", consultation.id(), organisations[1])
			.with(authentication(TestAuthentication.editorOf(organisations[0])))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		long notInvited = data.municipality("9699", "Remisstest ej inbjuden kommun");
		mvc.perform(put("/api/v1/consultations/{id}/responses/{org}", consultation.id(), notInvited)
			.with(authentication(TestAuthentication.editorOf(notInvited)))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Organisationen är inte inbjuden till remissen."));
		mvc.perform(put("/api/v1/consultations/{id}/responses/{org}", consultation.id(), organisations[0])
			.with(authentication(TestAuthentication.editorOf(organisations[0])))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stances[0].stance").value("SUPPORTS"));
		// a remark that is too long is answered with the field of the stance it belongs to
		String tooLong = "{\"summary\": \"Svar\", \"stances\": [{\"goalId\": " + agreed.id()
				+ ", \"stance\": \"SUPPORTS\", \"remark\": \"" + "x".repeat(4001) + "\"}]}";
		mvc.perform(put("/api/v1/consultations/{id}/responses/{org}", consultation.id(), organisations[0])
			.with(authentication(TestAuthentication.editorOf(organisations[0])))
			.contentType(MediaType.APPLICATION_JSON).content(tooLong))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("stances[0].remark"));
		// the page form too
		mvc.perform(post("/consultations/{id}/responses/{org}/edit", consultation.id(), organisations[2])
			.with(authentication(TestAuthentication.editorOf(organisations[2]))).with(csrf())
			.param("summary", "Via sidan")
			.param("stances[0].goalId", String.valueOf(disputed.id()))
			.param("stances[0].stance", "OPPOSES")
			.param("stances[0].remark", "Nej"))
			.andExpect(status().is3xxRedirection());
		assertThat(consultations.response(consultation.id(), organisations[2])).get()
			.extracting(r -> r.stances().get(0).stance()).isEqualTo(Stance.OPPOSES);
		// the region's editors run the consultation; a municipality's editor does not
		mvc.perform(post("/consultations/{id}/invitations", consultation.id())
			.with(authentication(TestAuthentication.editorOf(organisations[0]))).with(csrf())
			.param("organisationIds", String.valueOf(notInvited)))
			.andExpect(status().isForbidden());
	}

	@Test
	void comparesTheDraftWithTheAdoptedVersion() throws Exception {
		SystemUser.run(() -> {
			goals.update(disputed.id(), new GoalForm(GoalLevel.GOAL, disputed.parentId(), disputed.code(),
					"Tåg och buss i hela länet", "Satsa på stråket i söder.", List.of()), null);
			goals.retire(agreed.id(), "Slogs ihop");
			goals.add(strategy.id(), new GoalForm(GoalLevel.GOAL, disputed.parentId(), "", "Nytt efter remissen", "", List.of()));
			strategies.update(strategy.id(), new StrategyForm(strategy.name(), StrategyKind.REGIONAL, region, 2027, 2035,
					StrategyStatus.ADOPTED, LocalDate.of(2026, 11, 1), "", "", true), null);
		});

		List<GoalChange> changes = consultations.changes(consultation.id());
		assertThat(changes).extracting(c -> c.currentTitle() == null ? c.draft().title() : c.currentTitle(), GoalChange::kind)
			.containsExactly(tuple("Tillgänglighet", ChangeKind.UNCHANGED), tuple("Service i hela länet", ChangeKind.RETIRED),
					tuple("Tåg och buss i hela länet", ChangeKind.CHANGED), tuple("Nytt efter remissen", ChangeKind.ADDED));
		GoalChange changed = changes.get(2);
		assertThat(changed.titleDiff()).extracting(p -> p.text(), p -> p.type())
			.containsExactly(tuple("Tåg", DiffType.SAME), tuple("och buss", DiffType.INSERTED), tuple("i", DiffType.SAME),
					tuple("södra", DiffType.DELETED), tuple("hela", DiffType.INSERTED), tuple("länet", DiffType.SAME));

		String html = mvc.perform(get("/consultations/{id}/changes", consultation.id())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Antagen version").contains("antogs 2026-11-01")
			.contains("<del><span class=\"visually-hidden\">borttaget:</span> södra</del>");
		mvc.perform(get("/api/v1/consultations/{id}/changes", consultation.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].kind", Matchers.contains("UNCHANGED", "RETIRED", "CHANGED", "ADDED")));
	}

}
