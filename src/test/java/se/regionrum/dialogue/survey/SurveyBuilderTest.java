package se.regionrum.dialogue.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import se.regionrum.dialogue.DialogueFixtures;
import se.regionrum.dialogue.meeting.Meeting;
import se.regionrum.dialogue.meeting.MeetingForm;
import se.regionrum.dialogue.meeting.MeetingService;
import se.regionrum.platform.ConflictException;
import se.regionrum.platform.InvalidInputException;
import se.regionrum.platform.SystemUser;
import se.regionrum.platform.TestAuthentication;

/**
 * The builder's rules: questions change only in a draft, a published survey with answers is
 * locked (closed or copied instead), required questions and empty responses are refused whole,
 * one response per participant, and bad input names its field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SurveyBuilderTest {

	static final long ORGANISER = 557_001L;

	static final long OTHER = 557_002L;

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingService meetings;

	@Autowired
	SurveyService surveys;

	@Autowired
	MessageSource messages;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	Meeting meeting;

	@BeforeEach
	void meeting() {
		MeetingForm form = DialogueFixtures.form("Byggarmöte " + run, LocalDate.now().minusDays(1), null, null);
		form.setOrganiserId(ORGANISER);
		meeting = DialogueFixtures.create(meetings, form);
		// as in a request from a Swedish browser: copies are named and yes/no labelled in its language
		LocaleContextHolder.setLocale(Locale.forLanguageTag("sv"));
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	private <T> T asSystem(java.util.concurrent.Callable<T> call) {
		return SystemUser.call(() -> {
			try {
				return call.call();
			}
			catch (RuntimeException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	@Test
	void questionsChangeOnlyInADraftAndAreLockedOnceAnswered() {
		Survey draft = asSystem(() -> surveys.create(meeting.id(), null, "Utvärdering " + run, null));
		assertThat(draft.status()).isEqualTo(SurveyStatus.DRAFT);
		// publishing needs a question
		assertThatThrownBy(() -> asSystem(() -> surveys.publish(draft.id())))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("questions"));

		Survey.Question a = asSystem(() -> surveys.addQuestion(draft.id(), DialogueFixtures.textQuestion("A")));
		Survey.Question b = asSystem(() -> surveys.addQuestion(draft.id(), DialogueFixtures.scaleQuestion("B")));
		Survey.Question c = asSystem(() -> surveys.addQuestion(draft.id(),
				DialogueFixtures.question(QuestionKind.MULTIPLE_CHOICE, "C", false, "x", "y")));
		asSystem(() -> {
			surveys.move(draft.id(), c.id(), -1);
			surveys.move(draft.id(), a.id(), -1); // already first: stays
			return null;
		});
		assertThat(surveys.questions(draft.id())).extracting(Survey.Question::text).containsExactly("A", "C", "B");
		asSystem(() -> surveys.reorder(draft.id(), List.of(b.id(), a.id(), c.id())));
		assertThat(surveys.questions(draft.id())).extracting(Survey.Question::text).containsExactly("B", "A", "C");
		assertThatThrownBy(() -> asSystem(() -> surveys.reorder(draft.id(), List.of(b.id(), a.id()))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("questionIds"));
		asSystem(() -> surveys.updateQuestion(draft.id(), a.id(),
				new QuestionForm(QuestionKind.YES_NO, "A?", true, null, null, null, null, null)));
		asSystem(() -> {
			surveys.deleteQuestion(draft.id(), c.id());
			return null;
		});
		assertThat(surveys.questions(draft.id())).extracting(Survey.Question::text).containsExactly("B", "A?");
		assertThat(surveys.questions(draft.id())).extracting(Survey.Question::position).containsExactly(1, 2);

		Survey published = asSystem(() -> surveys.publish(draft.id()));
		assertThat(published.status()).isEqualTo(SurveyStatus.PUBLISHED);
		// published: questions are fixed; without answers it may go back to draft
		assertThatThrownBy(() -> asSystem(() -> surveys.addQuestion(draft.id(), DialogueFixtures.textQuestion("D"))))
			.isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(ex.messageKey()).isEqualTo("dialogue.survey.notDraft"));
		assertThat(asSystem(() -> surveys.backToDraft(draft.id())).status()).isEqualTo(SurveyStatus.DRAFT);
		asSystem(() -> surveys.publish(draft.id()));

		Survey.Question yesNo = surveys.questions(draft.id()).get(1);
		assertThat(surveys.respond(published, "device-1", Map.of(yesNo.id(), List.of("YES"))))
			.isEqualTo(SurveyService.Response.SAVED);
		// answered: locked for every change of questions, and it cannot go back to draft
		assertThatThrownBy(() -> SystemUser.run(() -> surveys.deleteQuestion(draft.id(), yesNo.id())))
			.isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(ex.messageKey()).isEqualTo("dialogue.survey.locked"));
		assertThatThrownBy(() -> asSystem(() -> surveys.backToDraft(draft.id())))
			.isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(ex.messageKey()).isEqualTo("dialogue.survey.locked"));
		assertThatThrownBy(() -> asSystem(() -> surveys.updateQuestion(draft.id(), yesNo.id(), DialogueFixtures.textQuestion("Nej"))))
			.isInstanceOf(ConflictException.class);

		// closed: no more answers; it can be opened again
		Survey closed = asSystem(() -> surveys.close(draft.id()));
		assertThat(surveys.respond(closed, "device-2", Map.of(yesNo.id(), List.of("NO"))))
			.isEqualTo(SurveyService.Response.CLOSED);
		assertThatThrownBy(() -> asSystem(() -> surveys.close(draft.id()))).isInstanceOf(ConflictException.class);
		assertThat(asSystem(() -> surveys.reopen(draft.id())).status()).isEqualTo(SurveyStatus.PUBLISHED);
		assertThat(surveys.responses(draft.id())).isEqualTo(1);
	}

	@Test
	void aCopyIsANewDraftWithTheSameQuestionsAndNoAnswers() {
		Survey original = asSystem(() -> surveys.publish(surveys.create(meeting.id(), null, "Original " + run, "Intro",
				List.of(DialogueFixtures.requiredTextQuestion("Vad tar du med dig?"),
						new QuestionForm(QuestionKind.SCALE, "Hur nöjd?", true, null, 0, 10, "Inte alls", "Helt"),
						DialogueFixtures.question(QuestionKind.RANKING, "Ordna", false, "Ett", "Två", "Tre"))).id()));
		List<Survey.Question> questions = surveys.questions(original.id());
		surveys.respond(original, "device-1",
				Map.of(questions.get(0).id(), List.of("Mycket"), questions.get(1).id(), List.of("7")));

		Survey copy = asSystem(() -> surveys.copy(original.id()));
		assertThat(copy.id()).isNotEqualTo(original.id());
		assertThat(copy.status()).isEqualTo(SurveyStatus.DRAFT);
		assertThat(copy.title()).isEqualTo("Original " + run + " (kopia)");
		assertThat(copy.meetingId()).isEqualTo(meeting.id());
		assertThat(copy.publicKey()).isNotEqualTo(original.publicKey());
		assertThat(surveys.responses(copy.id())).isZero();
		assertThat(surveys.questions(copy.id()))
			.extracting(q -> List.of(q.kind(), q.text(), q.required(), q.optionList(), String.valueOf(q.scaleMin()),
					String.valueOf(q.scaleMax()), String.valueOf(q.minLabel())))
			.isEqualTo(surveys.questions(original.id()).stream()
				.map(q -> List.of(q.kind(), q.text(), q.required(), q.optionList(), String.valueOf(q.scaleMin()),
						String.valueOf(q.scaleMax()), String.valueOf(q.minLabel())))
				.toList());
		// the copy changes without touching the original
		asSystem(() -> surveys.addQuestion(copy.id(), DialogueFixtures.textQuestion("Ny fråga")));
		assertThat(surveys.questions(original.id())).hasSize(3);
		assertThat(surveys.questions(copy.id())).hasSize(4);
	}

	@Test
	void responsesAreCheckedWholeAndStoredOnce() {
		Survey survey = asSystem(() -> surveys.publish(surveys.create(meeting.id(), null, "Svar " + run, null, List.of(
				DialogueFixtures.requiredTextQuestion("Vad var bäst?"),
				new QuestionForm(QuestionKind.SCALE, "Hur nöjd?", false, null, 0, 10, "Inte alls", "Helt"),
				DialogueFixtures.question(QuestionKind.MULTIPLE_CHOICE, "Vilka teman?", false, "El", "Bostäder", "Skola"),
				DialogueFixtures.question(QuestionKind.RANKING, "Ordna", false, "Ett", "Två", "Tre"),
				new QuestionForm(QuestionKind.YES_NO, "Igen?", false, null, null, null, null, null))).id()));
		List<Survey.Question> q = surveys.questions(survey.id());
		long text = q.get(0).id(), scale = q.get(1).id(), multi = q.get(2).id(), rank = q.get(3).id(), yes = q.get(4).id();

		// nothing answered: refused, and nothing stored
		assertThatThrownBy(() -> surveys.respond(survey, "d1", Map.of(text, List.of(" "))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.field()).isEqualTo("answers");
				assertThat(ex.messageKey()).isEqualTo("dialogue.survey.answer.empty");
			});
		// a required question left out: refused with a message naming it
		assertThatThrownBy(() -> surveys.respond(survey, "d1", Map.of(scale, List.of("7"))))
			.isInstanceOfSatisfying(SurveyInputException.class, ex -> {
				assertThat(ex.field()).isEqualTo("q" + text);
				assertThat(messages.getMessage(ex.messageKey(), ex.arguments(), Locale.forLanguageTag("sv")))
					.isEqualTo("Svara på frågan ”Vad var bäst?”. Den är obligatorisk.");
			});
		// a later bad value refuses the whole response, the good answers before it included
		assertThatThrownBy(() -> surveys.respond(survey, "d1", Map.of(text, List.of("Kartorna"), scale, List.of("11"))))
			.isInstanceOfSatisfying(SurveyInputException.class, ex -> assertThat(ex.field()).isEqualTo("q" + scale));
		assertThatThrownBy(() -> surveys.respond(survey, "d1",
				Map.of(text, List.of("Kartorna"), rank, List.of("Ett", "Ett", "Tre"))))
			.isInstanceOfSatisfying(SurveyInputException.class, ex -> assertThat(ex.messageKey()).isEqualTo("dialogue.survey.answer.ranking"));
		assertThatThrownBy(() -> surveys.respond(survey, "d1", Map.of(text, List.of("Kartorna"), multi, List.of("El", "Vatten"))))
			.isInstanceOf(SurveyInputException.class);
		assertThatThrownBy(() -> surveys.respond(survey, "d1", Map.of(text, List.of("x".repeat(2001)))))
			.isInstanceOfSatisfying(SurveyInputException.class, ex -> assertThat(ex.messageKey()).isEqualTo("dialogue.survey.answer.tooLong"));
		assertThat(surveys.responses(survey.id())).isZero();

		assertThat(surveys.respond(survey, "d1", Map.of(text, List.of("Kartorna"), scale, List.of("0"), multi,
				List.of("Skola", "El"), rank, List.of("Två", "Ett", "Tre"), yes, List.of("YES"))))
			.isEqualTo(SurveyService.Response.SAVED);
		assertThat(surveys.respond(survey, "d2", Map.of(text, List.of("Samtalen"), scale, List.of("10"), multi,
				List.of("El"), rank, List.of("Två", "Tre", "Ett"), yes, List.of("NO"))))
			.isEqualTo(SurveyService.Response.SAVED);
		// one response per participant
		assertThat(surveys.respond(survey, "d1", Map.of(text, List.of("Igen"))))
			.isEqualTo(SurveyService.Response.ALREADY_ANSWERED);
		assertThat(surveys.hasResponded(survey, "d1")).isTrue();
		assertThat(surveys.responses(survey.id())).isEqualTo(2);

		List<Survey.QuestionResult> results = asSystem(() -> surveys.results(survey.id()));
		assertThat(results.get(1).rows()).hasSize(11);
		assertThat(results.get(1).rows().get(0).label()).isEqualTo("0 (Inte alls)");
		assertThat(results.get(1).mean()).isEqualTo(5.0);
		assertThat(results.get(2).rows()).extracting(Survey.Row::label, Survey.Row::count, Survey.Row::percent)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("El", 2, 100), org.assertj.core.groups.Tuple.tuple("Bostäder", 0, 0),
					org.assertj.core.groups.Tuple.tuple("Skola", 1, 50));
		// ranking: place 1 of 3 gives 3 points: Två 3+3, Ett 2+1, Tre 1+2
		assertThat(results.get(3).rows()).extracting(Survey.Row::label).containsExactly("Två", "Ett", "Tre");
		assertThat(results.get(3).rows()).extracting(Survey.Row::points).containsExactly(6, 3, 3);
		assertThat(results.get(3).rows()).extracting(Survey.Row::count).containsExactly(2, 0, 0);
		assertThat(results.get(4).rows()).extracting(Survey.Row::label).containsExactly("Ja", "Nej");
	}

	@Test
	void badQuestionsNameTheirField() {
		Survey draft = asSystem(() -> surveys.create(meeting.id(), null, "Fel " + run, null));
		Map<QuestionForm, String> bad = Map.of(
				new QuestionForm(QuestionKind.FREE_TEXT, " ", false, null, null, null, null, null), "text",
				new QuestionForm(null, "Fråga", false, null, null, null, null, null), "kind",
				DialogueFixtures.question(QuestionKind.SINGLE_CHOICE, "Välj", false, "Bara ett", " "), "options",
				DialogueFixtures.question(QuestionKind.RANKING, "Ordna", false, "Ett", "ett"), "options",
				new QuestionForm(QuestionKind.SCALE, "Skala", false, null, 2, 5, null, null), "scaleMin",
				new QuestionForm(QuestionKind.SCALE, "Skala", false, null, 1, 11, null, null), "scaleMax",
				new QuestionForm(QuestionKind.SCALE, "Skala", false, null, 1, 5, "x".repeat(101), null), "minLabel",
				new QuestionForm(QuestionKind.FREE_TEXT, "x".repeat(501), false, null, null, null, null, null), "text");
		bad.forEach((form, field) -> assertThatThrownBy(() -> asSystem(() -> surveys.addQuestion(draft.id(), form)))
			.as(field)
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.field()).isEqualTo(field);
				assertThat(messages.getMessage(ex.messageKey(), null, Locale.forLanguageTag("sv"))).isNotBlank()
					.doesNotStartWith("dialogue.");
			}));
		assertThat(surveys.questions(draft.id())).isEmpty();
		assertThatThrownBy(() -> asSystem(() -> surveys.update(draft.id(), "", null)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("title"));
	}

	@Test
	void onlyTheMeetingsEditorsBuild() {
		Survey draft = asSystem(() -> surveys.create(meeting.id(), null, "Behörighet " + run, null));
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(TestAuthentication.editorOf(OTHER));
		try {
			assertThatThrownBy(() -> surveys.addQuestion(draft.id(), DialogueFixtures.textQuestion("Intrång")))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> surveys.publish(draft.id())).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> surveys.copy(draft.id())).isInstanceOf(AccessDeniedException.class);
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

	@Test
	void buildPublishAnswerAndReadResultsThroughTheApi() throws Exception {
		var organiser = authentication(TestAuthentication.editorOf(ORGANISER));
		String created = mvc.perform(post("/api/v1/meetings/{id}/surveys", meeting.id()).with(organiser)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"API-enkät " + run + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.survey.status").value("DRAFT"))
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(created.replaceAll("(?s).*\"survey\":\\{\"id\":(\\d+).*", "$1"));
		String q1 = mvc.perform(post("/api/v1/surveys/{id}/questions", id).with(organiser)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"YES_NO\", \"text\": \"Var det värt tiden?\", \"required\": true}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.required").value(true))
			.andReturn().getResponse().getContentAsString();
		long yesNo = Long.parseLong(q1.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
		mvc.perform(post("/api/v1/surveys/{id}/questions", id).with(organiser)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"SCALE\", \"text\": \"Hur nöjd?\", \"scaleMax\": 12}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scaleMax"));
		String q2 = mvc.perform(post("/api/v1/surveys/{id}/questions", id).with(organiser)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"FREE_TEXT\", \"text\": \"Vad saknades?\"}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long text = Long.parseLong(q2.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
		mvc.perform(put("/api/v1/surveys/{id}/questions/order", id).with(organiser)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"questionIds\": [" + text + ", " + yesNo + "]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].text").value("Vad saknades?"));
		mvc.perform(post("/api/v1/surveys/{id}/publish", id).with(authentication(TestAuthentication.editorOf(OTHER))))
			.andExpect(status().isForbidden());
		String published = mvc.perform(post("/api/v1/surveys/{id}/publish", id).with(organiser))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.survey.status").value("PUBLISHED"))
			.andReturn().getResponse().getContentAsString();
		String key = published.replaceAll("(?s).*\"publicKey\":\"([^\"]+)\".*", "$1");

		// anyone answers by the key, without an account; a required question is named when left out
		mvc.perform(get("/api/v1/survey-forms/{key}", key))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.questions.length()").value(2));
		String participant = "0123456789abcdef0123456789abcdef";
		mvc.perform(post("/api/v1/survey-forms/{key}/responses", key).contentType(MediaType.APPLICATION_JSON)
			.content("{\"participant\": \"" + participant + "\", \"answers\": {\"" + text + "\": [\"Fika\"]}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("q" + yesNo))
			.andExpect(jsonPath("$.errors[0].message").value("Svara på frågan ”Var det värt tiden?”. Den är obligatorisk."));
		mvc.perform(post("/api/v1/survey-forms/{key}/responses", key).contentType(MediaType.APPLICATION_JSON)
			.content("{\"participant\": \"" + participant + "\", \"answers\": {\"" + yesNo + "\": [\"YES\"], \"" + text
					+ "\": [\"Fika\"]}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result").value("SAVED"));
		mvc.perform(post("/api/v1/survey-forms/{key}/responses", key).contentType(MediaType.APPLICATION_JSON)
			.content("{\"participant\": \"" + participant + "\", \"answers\": {\"" + yesNo + "\": [\"NO\"]}}"))
			.andExpect(jsonPath("$.result").value("ALREADY_ANSWERED"));
		mvc.perform(post("/api/v1/survey-forms/{key}/responses", key).contentType(MediaType.APPLICATION_JSON)
			.content("{\"participant\": \"nobody\", \"answers\": {}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("participant"));

		// answered: the questions are locked; close and copy instead
		mvc.perform(delete("/api/v1/surveys/{id}/questions/{q}", id, text).with(organiser))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/surveys/{id}/results", id).with(organiser))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[1].rows[0].label").value("Ja"))
			.andExpect(jsonPath("$[1].rows[0].count").value(1));
		mvc.perform(post("/api/v1/surveys/{id}/close", id).with(organiser))
			.andExpect(jsonPath("$.survey.status").value("CLOSED"));
		mvc.perform(post("/api/v1/surveys/{id}/copy", id).with(organiser))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.survey.status").value("DRAFT"))
			.andExpect(jsonPath("$.responses").value(0))
			.andExpect(jsonPath("$.questions.length()").value(2));
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(Matchers.containsString("/api/v1/survey-forms/{key}/responses")));
	}

}
